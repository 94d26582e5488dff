package nl.assen.groenagenda.workflow.approval;

import static nl.assen.groenagenda.workflow.process.Variables.integer;
import static nl.assen.groenagenda.workflow.process.Variables.required;
import static nl.assen.groenagenda.workflow.process.Variables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Claim melden: the item waits for the council as a claim in the Kaderbrief; agenda status CLAIMED. */
@Component
public class ReportClaimed implements JavaDelegate {

    private final AgendaSteps steps;

    public ReportClaimed(AgendaSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = integer(execution, "kaderbriefYear");
        steps.report(execution, "CLAIMED", text(execution, "financeName"),
                "Claim ingediend in Kaderbrief " + year + ".", year, required(execution, "claimId"));
    }
}
