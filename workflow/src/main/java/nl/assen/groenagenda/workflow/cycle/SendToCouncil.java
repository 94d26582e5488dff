package nl.assen.groenagenda.workflow.cycle;

import nl.assen.groenagenda.workflow.client.BudgetClient;
import nl.assen.groenagenda.workflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Naar de raad: the cycle's status in budget-service becomes SENT_TO_COUNCIL (asking again changes nothing). */
@Component
public class SendToCouncil implements JavaDelegate {

    private final BudgetClient budget;

    public SendToCouncil(BudgetClient budget) {
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        budget.changeCycleStatus(Variables.integer(execution, "year"), "SENT_TO_COUNCIL", "Het voorstel van het college gaat naar de raad.");
    }
}
