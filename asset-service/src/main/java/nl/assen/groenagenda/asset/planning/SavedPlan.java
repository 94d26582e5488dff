package nl.assen.groenagenda.asset.planning;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A saved plan in the list of saved plans: what it was computed with and its outcome, without its years,
 * so that a list of many plans stays small. The whole plan is {@code GET /replacement-plans/{name}}.
 */
public record SavedPlan(String name, int startYear, int years, BigDecimal annualBudget, PlanStrategy strategy,
                        BigDecimal stockValue, BigDecimal totalReplacedValue, BigDecimal replacedShare,
                        BigDecimal finalBacklogValue, boolean synthetic, String savedBy, Instant savedAt) {
}
