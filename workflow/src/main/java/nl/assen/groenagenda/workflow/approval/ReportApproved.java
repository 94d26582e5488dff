package nl.assen.groenagenda.workflow.approval;

import static nl.assen.groenagenda.workflow.process.Variables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Goedkeuring melden: the manager approved; agenda status APPROVED. */
@Component
public class ReportApproved implements JavaDelegate {

    private final AgendaSteps steps;

    public ReportApproved(AgendaSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.report(execution, "APPROVED", text(execution, "managerName"), text(execution, "managerMotivation"));
    }
}
