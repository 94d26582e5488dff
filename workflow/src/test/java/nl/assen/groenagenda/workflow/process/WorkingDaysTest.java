package nl.assen.groenagenda.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final ZoneId ASSEN = ZoneId.of("Europe/Amsterdam");

    @Test
    void weekendsDoNotCountAndTheTimeOfDayIsKept() {
        ZonedDateTime friday = ZonedDateTime.of(2026, 3, 6, 14, 0, 0, 0, ASSEN);
        assertThat(WorkingDays.after(friday, 1)).isEqualTo(ZonedDateTime.of(2026, 3, 9, 14, 0, 0, 0, ASSEN));
        assertThat(WorkingDays.after(friday, 10)).isEqualTo(ZonedDateTime.of(2026, 3, 20, 14, 0, 0, 0, ASSEN));
        assertThat(WorkingDays.after(friday, 0)).isEqualTo(friday);
    }

    @Test
    void aStartInTheWeekendCountsFromMonday() {
        ZonedDateTime saturday = ZonedDateTime.of(2026, 3, 7, 10, 0, 0, 0, ASSEN);
        assertThat(WorkingDays.after(saturday, 1)).isEqualTo(ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, ASSEN));
    }

    @Test
    void theClockChangeKeepsTheLocalTime() {
        // Summer time starts on Sunday 29 March 2026.
        ZonedDateTime friday = ZonedDateTime.of(2026, 3, 27, 9, 0, 0, 0, ASSEN);
        assertThat(WorkingDays.after(friday, 1).toLocalDateTime())
                .isEqualTo(ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, ASSEN).toLocalDateTime());
    }
}
