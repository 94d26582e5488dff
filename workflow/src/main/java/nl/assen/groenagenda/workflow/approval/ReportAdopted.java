package nl.assen.groenagenda.workflow.approval;

import static nl.assen.groenagenda.workflow.process.Variables.integer;
import static nl.assen.groenagenda.workflow.process.Variables.required;
import static nl.assen.groenagenda.workflow.process.Variables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Vaststelling melden: the council honoured the claim (wholly or partly); agenda status ADOPTED. */
@Component
public class ReportAdopted implements JavaDelegate {

    private final AgendaSteps steps;

    public ReportAdopted(AgendaSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String outcome = "PARTLY_HONOURED".equals(text(execution, "councilOutcome")) ? "deels gehonoreerd" : "gehonoreerd";
        steps.report(execution, "ADOPTED", null,
                "Claim " + outcome + " bij raadsbesluit " + text(execution, "councilReference") + ".",
                integer(execution, "kaderbriefYear"), required(execution, "claimId"));
    }
}
