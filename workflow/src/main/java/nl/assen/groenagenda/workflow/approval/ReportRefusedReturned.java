package nl.assen.groenagenda.workflow.approval;

import static nl.assen.groenagenda.workflow.process.Variables.integer;
import static nl.assen.groenagenda.workflow.process.Variables.required;
import static nl.assen.groenagenda.workflow.process.Variables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Terugsturen na afwijzing claim: the council refused the claim; back to the drafter, naming the decision. */
@Component
public class ReportRefusedReturned implements JavaDelegate {

    private final AgendaSteps steps;

    public ReportRefusedReturned(AgendaSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.report(execution, "RETURNED", null,
                "Claim afgewezen bij raadsbesluit " + text(execution, "councilReference") + ".",
                integer(execution, "kaderbriefYear"), required(execution, "claimId"));
    }
}
