package nl.assen.groenagenda.workflow.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import nl.assen.groenagenda.workflow.client.AgendaClient;
import nl.assen.groenagenda.workflow.client.AgendaItemView;
import nl.assen.groenagenda.workflow.client.BudgetClient;
import nl.assen.groenagenda.workflow.client.ClaimRequest;
import nl.assen.groenagenda.workflow.client.ServiceCallException;
import nl.assen.groenagenda.workflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Claim indienen in Kaderbrief: the item's costs per year as a claim in the open cycle with the
 * lowest year, motivated by the finance advice. Sets {@code claimId} and {@code kaderbriefYear},
 * which the council's decision is later correlated on.
 */
@Component
public class FileClaim implements JavaDelegate {

    private final AgendaClient agenda;
    private final BudgetClient budget;

    public FileClaim(AgendaClient agenda, BudgetClient budget) {
        this.agenda = agenda;
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agendaItemId = Variables.required(execution, "agendaItemId");
        AgendaItemView item = agenda.requiredItem(agendaItemId);
        // No open cycle is a wait, not an outcome: the retries (and then the incident) show it.
        int year = budget.cycles().stream()
                .filter(cycle -> "OPEN".equals(cycle.path("status").asText()))
                .map(cycle -> cycle.path("year").asInt())
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new ServiceCallException("No open Kaderbrief cycle to file the claim in"));
        JsonNode claim = budget.fileClaim(year, execution.getProcessInstanceId() + ":fileClaim",
                new ClaimRequest(item.budgetLineCode(), agendaItemId, Variables.required(execution, "financeMotivation"),
                        CostsPerYear.claimAmounts(item.costs())));
        execution.setVariable("claimId", claim.path("id").asText());
        execution.setVariable("kaderbriefYear", year);
    }
}
