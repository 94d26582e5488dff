package nl.assen.groenagenda.budget.capital;

import java.math.BigDecimal;

/**
 * One year of a capital-charge schedule, in euros with cents: depreciation, interest on the book
 * value at the start of the year, their sum (the capital charges) and the book value at year end.
 */
public record ScheduleYear(int year, BigDecimal depreciation, BigDecimal interest, BigDecimal capitalCharges,
                           BigDecimal bookValue) {
}
