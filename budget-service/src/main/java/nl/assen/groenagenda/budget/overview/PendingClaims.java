package nl.assen.groenagenda.budget.overview;

import java.math.BigDecimal;
import reactor.core.publisher.Flux;

/**
 * The money asked for in Kaderbrief claims on which the council has not decided yet, per line and
 * year. The overview shows it next to what is available; it never reduces what is available.
 */
public interface PendingClaims {

    /** At most one entry per line and year, with the years from {@code fromYear} to {@code toYear}. */
    Flux<Pending> between(int fromYear, int toYear);

    record Pending(String budgetLineCode, int year, BigDecimal amount) {
    }
}
