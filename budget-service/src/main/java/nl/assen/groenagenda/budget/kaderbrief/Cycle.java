package nl.assen.groenagenda.budget.kaderbrief;

import java.time.LocalDate;

/**
 * A Kaderbrief cycle for a budget year: claims are filed while it is OPEN, then it goes to the college,
 * to the council, and is DECIDED. {@code datesAssumed}: the dates are assumptions, not from a council document.
 */
public record Cycle(int year, LocalDate claimDeadline, LocalDate collegeDate, LocalDate councilDate, Status status,
                    boolean datesAssumed, String note) {

    public enum Status {
        OPEN, SENT_TO_COLLEGE, SENT_TO_COUNCIL, DECIDED;

        /** The only status this one may move to, or null at the end. */
        Status next() {
            return this == DECIDED ? null : values()[ordinal() + 1];
        }
    }
}
