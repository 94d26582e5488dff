package nl.assen.groenagenda.budget.reservation;

import java.math.BigDecimal;

/** A checked request to reserve {@code amount} on a line for a year, for an agenda item. */
public record ReservationRequest(String budgetLineCode, int year, BigDecimal amount, String agendaItemId,
                                 String reason) {
}
