package nl.assen.groenagenda.workflow.process;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/** Counting working days (Monday to Friday; public holidays are not known here). */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * The moment {@code days} working days after {@code from}, at the same time of day: Friday 14:00
     * plus one is Monday 14:00, and a start in the weekend counts from the Monday.
     */
    public static ZonedDateTime after(ZonedDateTime from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        ZonedDateTime moment = from;
        int left = days;
        while (left > 0) {
            moment = moment.plusDays(1);
            if (isWorkingDay(moment.getDayOfWeek())) {
                left--;
            }
        }
        return moment;
    }

    private static boolean isWorkingDay(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
