package nl.assen.groenagenda.workflow.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.workflow.client.AgendaClient;
import nl.assen.groenagenda.workflow.client.AgendaItemView;
import nl.assen.groenagenda.workflow.client.BudgetClient;
import nl.assen.groenagenda.workflow.client.ServiceProblemException;
import nl.assen.groenagenda.workflow.process.Variables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Budget reserveren: one reservation per cost year, keyed by instance and year, so a retry after a
 * partial success finds the years already reserved. A shortfall that arose since the coverage check
 * is the business outcome {@code insufficientBudget}: the years already reserved are released and
 * finance advice takes over.
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
        AgendaItemView item = agenda.requiredItem(agendaItemId);
        List<String> reserved = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> year : CostsPerYear.of(item.costs()).entrySet()) {
            if (year.getValue().signum() <= 0) {
                continue;
            }
            String key = execution.getProcessInstanceId() + ":reserveBudget:" + year.getKey();
            try {
                JsonNode reservation = budget.reserve(key, item.budgetLineCode(), year.getKey(), year.getValue(),
                        agendaItemId, "Goedgekeurd agendapunt: " + item.title());
                reserved.add(reservation.path("id").asText());
            } catch (ServiceProblemException refused) {
                if (refused.status() == 409 && refused.isProblem("insufficient-budget")) {
                    // The item goes to finance advice as a whole: the years already reserved are given
                    // back, so no money stays held for an item that is not covered. Releasing is
                    // idempotent, so a retry of this job after a failed release does no harm.
                    for (String id : reserved) {
                        budget.release(id, "Onvoldoende budget in " + year.getKey() + ": het agendapunt gaat naar "
                                + "financieel advies");
                    }
                    throw new BpmnError(INSUFFICIENT_BUDGET, "Onvoldoende budget in " + year.getKey());
                }
                throw refused;
            }
        }
    }
}
