package nl.assen.groenagenda.workflow.approval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import nl.assen.groenagenda.workflow.client.AgendaClient;
import nl.assen.groenagenda.workflow.client.AgendaItemView;
import nl.assen.groenagenda.workflow.client.BudgetClient;
import nl.assen.groenagenda.workflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Dekking controleren: are the item's costs covered by what its budget line still has? Sets
 * {@code covered} and {@code shortfall} (euros, as a plain decimal string: the engine stores no
 * BigDecimal without Java serialization). A pure read; the reservation decides for real.
 */
@Component
public class CheckCoverage implements JavaDelegate {

    private final AgendaClient agenda;
    private final BudgetClient budget;

    public CheckCoverage(AgendaClient agenda, BudgetClient budget) {
        this.agenda = agenda;
        this.budget = budget;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agendaItemId = Variables.required(execution, "agendaItemId");
        AgendaItemView item = agenda.requiredItem(agendaItemId);
        BigDecimal total = CostsPerYear.of(item.costs()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            // Nothing to pay for: budget-service refuses an empty cost list, and nothing needs covering.
            set(execution, true, BigDecimal.ZERO);
            return;
        }
        if (item.budgetLineCode() == null) {
            // No line to cover it from: finance advice decides, which is what an uncovered item gets.
            set(execution, false, total);
            return;
        }
        JsonNode result = budget.coverage(item.budgetLineCode(), agendaItemId, item.costs());
        set(execution, result.path("covered").asBoolean(false), result.path("shortfall").decimalValue());
    }

    private static void set(DelegateExecution execution, boolean covered, BigDecimal shortfall) {
        execution.setVariable("covered", covered);
        execution.setVariable("shortfall", shortfall.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }
}
