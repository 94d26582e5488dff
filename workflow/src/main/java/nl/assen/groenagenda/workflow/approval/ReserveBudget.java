package nl.assen.groenagenda.workflow.approval;

import java.math.BigDecimal;
import java.util.Map;
import nl.assen.groenagenda.workflow.client.AgendaClient;
import nl.assen.groenagenda.workflow.client.AgendaItemView;
import nl.assen.groenagenda.workflow.client.BudgetClient;
import nl.assen.groenagenda.workflow.client.ServiceCallException;
import nl.assen.groenagenda.workflow.client.ServiceProblemException;
import nl.assen.groenagenda.workflow.process.Variables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Budget reserveren: one reservation per cost year, keyed by instance and year, so a retry after a
 * partial success finds the years already reserved. A shortfall that arose since the coverage check
 * is the business outcome {@code insufficientBudget}: finance advice takes over.
 */
@Component
public class ReserveBudget implements JavaDelegate {

    static final String INSUFFICIENT_BUDGET = "insufficientBudget";

    private final AgendaClient agenda;
    private final BudgetClient budget;

    public ReserveBudget(AgendaClient agenda, BudgetClient budget) {
        this.agenda = agenda;
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agendaItemId = Variables.required(execution, "agendaItemId");
        AgendaItemView item = agenda.item(agendaItemId);
        if (item == null) {
            throw new ServiceCallException("Agenda item " + agendaItemId + " is gone");
        }
        for (Map.Entry<Integer, BigDecimal> year : CostsPerYear.of(item.costs()).entrySet()) {
            if (year.getValue().signum() <= 0) {
                continue;
            }
            String key = execution.getProcessInstanceId() + ":reserveBudget:" + year.getKey();
            try {
                budget.reserve(key, item.budgetLineCode(), year.getKey(), year.getValue(), agendaItemId,
                        "Goedgekeurd agendapunt: " + item.title());
            } catch (ServiceProblemException refused) {
                if (refused.status() == 409 && refused.isProblem("insufficient-budget")) {
                    throw new BpmnError(INSUFFICIENT_BUDGET, "Onvoldoende budget in " + year.getKey());
                }
                throw refused;
            }
        }
    }
}
