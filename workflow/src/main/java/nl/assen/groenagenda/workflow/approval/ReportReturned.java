package nl.assen.groenagenda.workflow.approval;

import static nl.assen.groenagenda.workflow.process.Variables.required;
import static nl.assen.groenagenda.workflow.process.Variables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Terugsturen naar opsteller: the manager returned the item with a motivation. */
@Component
public class ReportReturned implements JavaDelegate {

    private final AgendaSteps steps;

    public ReportReturned(AgendaSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.report(execution, "RETURNED", text(execution, "managerName"), required(execution, "managerMotivation"));
    }
}
