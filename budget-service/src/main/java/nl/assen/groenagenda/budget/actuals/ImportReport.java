package nl.assen.groenagenda.budget.actuals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What an import stored: per line, year and month the number of bookings and their sum, and whether it
 * replaced what an earlier import had stored for that month ({@code previousAmount}: the sum replaced).
 */
public record ImportReport(UUID importId, String importedBy, int rows, int months, int replacedMonths,
                           List<Month> items) {

    public record Month(String budgetLineCode, int year, int month, int bookings, BigDecimal amount,
                        boolean replaced, BigDecimal previousAmount) {
    }
}
