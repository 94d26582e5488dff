package nl.assen.groenagenda.workflow.cycle;

import nl.assen.groenagenda.workflow.client.BudgetClient;
import nl.assen.groenagenda.workflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Intake sluiten: the cycle's status in budget-service becomes SENT_TO_COLLEGE (asking again changes nothing). */
@Component
public class CloseIntake implements JavaDelegate {

    private final BudgetClient budget;

    public CloseIntake(BudgetClient budget) {
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        budget.changeCycleStatus(Variables.integer(execution, "year"), "SENT_TO_COLLEGE", "De deadline voor claims is verstreken.");
    }
}
