package nl.assen.groenagenda.workflow.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.assen.groenagenda.workflow.client.AgendaItemView;
import nl.assen.groenagenda.workflow.client.ClaimRequest;

/** An item's costs added up per fiscal year: budget-service reserves and claims per year, not per cost. */
final class CostsPerYear {

    private CostsPerYear() {
    }

    static SortedMap<Integer, BigDecimal> of(List<AgendaItemView.Cost> costs) {
        SortedMap<Integer, BigDecimal> perYear = new TreeMap<>();
        costs.forEach(cost -> perYear.merge(cost.year(), cost.amount(), BigDecimal::add));
        return perYear;
    }

    /**
     * The claim's amounts. A claim has one kind per year: structural only when every cost of that year
     * is recurring, since granting a one-off cost structurally would commit later budgets too.
     */
    static List<ClaimRequest.Amount> claimAmounts(List<AgendaItemView.Cost> costs) {
        Map<Integer, Boolean> allRecurring = new TreeMap<>();
        costs.forEach(cost -> allRecurring.merge(cost.year(), cost.recurring(), Boolean::logicalAnd));
        return of(costs).entrySet().stream()
                .filter(year -> year.getValue().signum() > 0)
                .map(year -> new ClaimRequest.Amount(year.getKey(), year.getValue(), allRecurring.get(year.getKey())))
                .toList();
    }
}
