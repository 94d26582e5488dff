package nl.assen.groenagenda.workflow.approval;

import static nl.assen.groenagenda.workflow.process.Variables.required;
import static nl.assen.groenagenda.workflow.process.Variables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Terugsturen naar opsteller (financieel advies): finance returned the item with a motivation. */
@Component
public class ReportReturnedByFinance implements JavaDelegate {

    private final AgendaSteps steps;

    public ReportReturnedByFinance(AgendaSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.report(execution, "RETURNED", text(execution, "financeName"), required(execution, "financeMotivation"));
    }
}
