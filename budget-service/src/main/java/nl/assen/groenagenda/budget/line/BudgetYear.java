package nl.assen.groenagenda.budget.line;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line's amounts for one fiscal year. Expenses (lasten) and income (baten) are each split into
 * structural and one-off; income always names the party it comes from (co-financing is never netted
 * against expenses). {@code available = budget - reserved - realised}, where the budget is the year's
 * total expenses.
 */
public record BudgetYear(int year, Amounts expenses, Amounts income, List<IncomeSource> incomeSources,
                         Status status, Integer kaderbriefYear, BigDecimal staffHoursPerWeek,
                         BigDecimal reserved, BigDecimal realised, BigDecimal available) {

    /** PROPOSED; TO_BE_WEIGHED in the Kaderbrief of {@code kaderbriefYear}; ADOPTED in the budget. */
    public enum Status { PROPOSED, TO_BE_WEIGHED, ADOPTED }

    public record Amounts(BigDecimal structural, BigDecimal oneOff, BigDecimal total) {
        static Amounts of(BigDecimal structural, BigDecimal oneOff) {
            return new Amounts(structural, oneOff, structural.add(oneOff));
        }
    }

    public record IncomeSource(String party, BigDecimal structural, BigDecimal oneOff) {
    }
}
