package nl.assen.groenagenda.workflow.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import nl.assen.groenagenda.workflow.client.AgendaClient;
import nl.assen.groenagenda.workflow.client.AgendaItemView;
import nl.assen.groenagenda.workflow.client.BudgetClient;
import nl.assen.groenagenda.workflow.client.ServiceCallException;
import nl.assen.groenagenda.workflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Toegekend budget reserveren: per year the smaller of the item's cost and what the council granted
 * (as budget-service holds the claim, not as the message said). The council's amendment made that
 * money available, so a shortfall here is no business outcome but an incident to look into.
 */
@Component
public class ReserveAdopted implements JavaDelegate {

    private final AgendaClient agenda;
    private final BudgetClient budget;

    public ReserveAdopted(AgendaClient agenda, BudgetClient budget) {
        this.agenda = agenda;
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agendaItemId = Variables.required(execution, "agendaItemId");
        int cycleYear = Variables.integer(execution, "kaderbriefYear");
        String claimId = Variables.required(execution, "claimId");
        AgendaItemView item = agenda.requiredItem(agendaItemId);
        JsonNode claim = budget.claim(cycleYear, claimId);
        if (claim == null) {
            throw new ServiceCallException("Claim " + claimId + " is not in Kaderbrief " + cycleYear);
        }
        for (Map.Entry<Integer, BigDecimal> cost : CostsPerYear.of(item.costs()).entrySet()) {
            BigDecimal amount = cost.getValue().min(granted(claim, cost.getKey()));
            if (amount.signum() > 0) {
                budget.reserve(execution.getProcessInstanceId() + ":reserveAdopted:" + cost.getKey(),
                        claim.path("budgetLineCode").asText(item.budgetLineCode()), cost.getKey(), amount, agendaItemId,
                        "Claim toegekend in Kaderbrief " + cycleYear + ": " + item.title());
            }
        }
    }

    private static BigDecimal granted(JsonNode claim, int year) {
        for (JsonNode amount : claim.path("amounts")) {
            if (amount.path("year").asInt() == year && amount.hasNonNull("granted")) {
                return amount.path("granted").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }
}
