package nl.assen.groenagenda.workflow.cycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the intake of a cycle closes: the timer says {@code timeDate="${cycleDeadlines.endOf(claimDeadline)}"}.
 * A claim may come in all day on the deadline, so the intake closes at the next midnight in Assen.
 */
@Component("cycleDeadlines")
public class CycleDeadlines {

    private static final ZoneId ASSEN = ZoneId.of("Europe/Amsterdam");

    public Date endOf(Object claimDeadline) {
        return Date.from(LocalDate.parse(claimDeadline.toString()).plusDays(1).atStartOfDay(ASSEN).toInstant());
    }
}
