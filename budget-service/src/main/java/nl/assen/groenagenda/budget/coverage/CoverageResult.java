package nl.assen.groenagenda.budget.coverage;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether an agenda item's costs fit in what is still available on a line, per year; covered overall
 * when every year is. {@code shortfall = max(0, requested - available)}.
 */
public record CoverageResult(String budgetLineCode, String agendaItemId, boolean covered, BigDecimal shortfall,
                             List<Year> years) {

    public record Year(int year, BigDecimal requested, BigDecimal available, boolean covered, BigDecimal shortfall) {
    }
}
