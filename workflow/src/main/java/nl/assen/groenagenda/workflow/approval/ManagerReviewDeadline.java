package nl.assen.groenagenda.workflow.approval;

import java.time.ZoneId;
import java.util.Date;
import nl.assen.groenagenda.workflow.process.ProcessProperties;
import nl.assen.groenagenda.workflow.process.WorkingDays;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When the manager's term ends: the reminder timer on {@code managerReview} says
 * {@code timeDate="${managerReviewDeadline.dueDate()}"}. Counted from the engine's clock (which
 * tests can set) in the municipality's time zone, so a weekend is Assen's weekend.
 */
@Component("managerReviewDeadline")
public class ManagerReviewDeadline {

    static final ZoneId ASSEN = ZoneId.of("Europe/Amsterdam");

    private final int workingDays;

    public ManagerReviewDeadline(ProcessProperties properties) {
        this.workingDays = properties.escalation().workingDays();
    }

    public Date dueDate() {
        return Date.from(WorkingDays.after(ClockUtil.getCurrentTime().toInstant().atZone(ASSEN), workingDays).toInstant());
    }
}
