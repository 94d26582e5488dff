package nl.assen.groenagenda.workflow.cycle;

import nl.assen.groenagenda.workflow.client.BudgetClient;
import nl.assen.groenagenda.workflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Cyclus afsluiten: the cycle's status in budget-service becomes DECIDED (asking again changes nothing). */
@Component
public class CloseCycle implements JavaDelegate {

    private final BudgetClient budget;

    public CloseCycle(BudgetClient budget) {
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        budget.changeCycleStatus(Variables.integer(execution, "year"), "DECIDED", "De raad heeft over alle claims besloten.");
    }
}
