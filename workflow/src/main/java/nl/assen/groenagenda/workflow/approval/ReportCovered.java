package nl.assen.groenagenda.workflow.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Dekking melden: the costs are reserved on the item's budget line; agenda status COVERED. */
@Component
public class ReportCovered implements JavaDelegate {

    private final AgendaSteps steps;

    public ReportCovered(AgendaSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.report(execution, "COVERED", null, "Gedekt uit bestaand budget; het bedrag is gereserveerd.");
    }
}
