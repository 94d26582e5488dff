package nl.assen.groenagenda.asset.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two saved plans side by side, year by year. Every difference is b minus a. A year in only one of the
 * plans has the other side and the difference left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanComparison(Side a, Side b, List<YearDifference> years, Figures totalDifference) {

    record Side(String name, PlanParameters parameters, boolean synthetic, BigDecimal stockValue,
                BigDecimal totalReplacedValue, BigDecimal replacedShare, BigDecimal finalBacklogValue,
                String savedBy, Instant savedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record YearDifference(int year, Figures a, Figures b, Figures difference) {
    }

    /** {@code replacedShare} is the cumulative share renewed by the end of the year (or of the plan). */
    record Figures(BigDecimal budget, BigDecimal spent, BigDecimal replacedValue, BigDecimal backlogValue,
                   BigDecimal replacedShare) {

        static Figures of(ReplacementPlan.Year year) {
            return new Figures(year.budget(), year.spent(), year.replacedValue(), year.backlogValue(),
                    year.cumulativeReplacedShare());
        }

        Figures minus(Figures other) {
            return new Figures(budget.subtract(other.budget), spent.subtract(other.spent),
                    replacedValue.subtract(other.replacedValue), backlogValue.subtract(other.backlogValue),
                    replacedShare.subtract(other.replacedShare));
        }
    }

    static PlanComparison of(ReplacementPlan a, ReplacementPlan b) {
        Map<Integer, ReplacementPlan.Year[]> byYear = new TreeMap<>();
        a.years().forEach(year -> byYear.computeIfAbsent(year.year(), k -> new ReplacementPlan.Year[2])[0] = year);
        b.years().forEach(year -> byYear.computeIfAbsent(year.year(), k -> new ReplacementPlan.Year[2])[1] = year);
        List<YearDifference> years = new ArrayList<>();
        byYear.forEach((year, pair) -> {
            Figures left = pair[0] == null ? null : Figures.of(pair[0]);
            Figures right = pair[1] == null ? null : Figures.of(pair[1]);
            years.add(new YearDifference(year, left, right, left == null || right == null ? null : right.minus(left)));
        });
        Figures total = new Figures(b.totalBudget().subtract(a.totalBudget()), b.totalSpent().subtract(a.totalSpent()),
                b.totalReplacedValue().subtract(a.totalReplacedValue()),
                b.finalBacklogValue().subtract(a.finalBacklogValue()), b.replacedShare().subtract(a.replacedShare()));
        return new PlanComparison(side(a), side(b), years, total);
    }

    private static Side side(ReplacementPlan plan) {
        return new Side(plan.name(), plan.parameters(), plan.synthetic(), plan.stockValue(), plan.totalReplacedValue(),
                plan.replacedShare(), plan.finalBacklogValue(), plan.savedBy(), plan.savedAt());
    }
}
