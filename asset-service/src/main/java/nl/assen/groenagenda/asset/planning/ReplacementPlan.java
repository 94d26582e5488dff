package nl.assen.groenagenda.asset.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A year-by-year replacement plan. Money in euros with two decimals; shares as fractions of the stock
 * value at the start (0.1 = 10%). {@code spent} equals {@code replacedValue}: replacing an asset costs
 * its replacement value. Unspent budget lapses (no carry-over). {@code backlogValue} is the value past its
 * end of life and not renewed at the end of the year: the gap between need and budget.
 * {@code oversizedCount}/{@code oversizedValue}: assets whose replacement value alone exceeds the annual
 * budget; whole assets only, so the plan never funds them and they stay in the backlog once due (they
 * need their own investment decision). {@code name}, {@code savedBy} and {@code savedAt} only for a
 * saved plan.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplacementPlan(String name, PlanParameters parameters, boolean synthetic, int assetCount,
                              BigDecimal stockValue, BigDecimal theoreticalAnnualNeed, BigDecimal initialBacklogValue,
                              List<Year> years, BigDecimal totalBudget, BigDecimal totalSpent,
                              BigDecimal totalReplacedValue, long totalReplacedCount, BigDecimal replacedShare,
                              BigDecimal finalBacklogValue, long oversizedCount, BigDecimal oversizedValue,
                              String savedBy, Instant savedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Year(int year, BigDecimal budget, BigDecimal spent, BigDecimal unspent, BigDecimal replacedValue,
                       int replacedCount, BigDecimal newlyDueValue, BigDecimal backlogValue, int backlogCount,
                       BigDecimal cumulativeReplacedValue, BigDecimal cumulativeReplacedShare, List<UUID> assetIds) {
    }

    public ReplacementPlan withSynthetic(boolean isSynthetic) {
        return new ReplacementPlan(name, parameters, isSynthetic, assetCount, stockValue, theoreticalAnnualNeed,
                initialBacklogValue, years, totalBudget, totalSpent, totalReplacedValue, totalReplacedCount,
                replacedShare, finalBacklogValue, oversizedCount, oversizedValue, savedBy, savedAt);
    }

    public ReplacementPlan saved(String planName, String by, Instant at) {
        return new ReplacementPlan(planName, parameters, synthetic, assetCount, stockValue, theoreticalAnnualNeed,
                initialBacklogValue, years, totalBudget, totalSpent, totalReplacedValue, totalReplacedCount,
                replacedShare, finalBacklogValue, oversizedCount, oversizedValue, by, at);
    }
}
