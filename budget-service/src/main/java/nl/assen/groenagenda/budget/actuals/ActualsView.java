package nl.assen.groenagenda.budget.actuals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A line's actuals in one fiscal year against its budget (the year's expenses). Actuals are their own
 * figure: {@code realised} is still the sum of the reservations marked realised, and {@code available}
 * ({@code budget - reserved - realised}) is unchanged by actuals. {@code remaining} is what the budget
 * leaves after the actuals so far; per month, {@code cumulative} is the actuals up to and including that
 * month and {@code remaining} the budget minus that.
 */
public record ActualsView(String budgetLineCode, int year, BigDecimal budget, BigDecimal reserved,
                          BigDecimal realised, BigDecimal available, BigDecimal actuals, BigDecimal remaining,
                          List<Month> months) {

    public record Month(int month, BigDecimal actual, BigDecimal cumulative, BigDecimal remaining) {
    }

    static ActualsView of(String code, int year, BigDecimal budget, BigDecimal reserved, BigDecimal realised,
                          Map<Integer, BigDecimal> perMonth) {
        List<Month> months = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
        for (int month = 1; month <= 12; month++) {
            BigDecimal actual = perMonth.getOrDefault(month, BigDecimal.ZERO).setScale(2);
            cumulative = cumulative.add(actual);
            months.add(new Month(month, actual, cumulative, budget.subtract(cumulative)));
        }
        return new ActualsView(code, year, budget, reserved, realised, budget.subtract(reserved).subtract(realised),
                cumulative, budget.subtract(cumulative), months);
    }
}
