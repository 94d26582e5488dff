package nl.assen.groenagenda.workflow.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the processes behave in time: the retry intervals of a failing service task (an ISO 8601
 * list; when they are used up the job is an incident) and the manager's term in working days.
 */
@ConfigurationProperties("groenagenda.workflow")
public record ProcessProperties(@DefaultValue("PT5S,PT30S,PT2M,PT10M,PT30M") String retryCycle,
                                @DefaultValue Escalation escalation) {

    /**
     * Refuses to start with a cycle the engine would not apply: without one it silently retries three
     * times at once and then makes an incident, which an outage of a few seconds already exhausts.
     */
    public ProcessProperties {
        if (retryCycle == null || retryCycle.isBlank()) {
            throw new IllegalArgumentException("groenagenda.workflow.retry-cycle (WORKFLOW_RETRY_CYCLE) is empty: "
                    + "name the retry intervals, e.g. PT5S,PT30S,PT2M,PT10M,PT30M");
        }
        for (String interval : retryCycle.split(",")) {
            try {
                java.time.Duration.parse(interval.strip());
            } catch (java.time.format.DateTimeParseException notAnInterval) {
                throw new IllegalArgumentException("groenagenda.workflow.retry-cycle (WORKFLOW_RETRY_CYCLE): '"
                        + interval.strip() + "' is not an ISO 8601 duration such as PT30S", notAnInterval);
            }
        }
        if (escalation.workingDays() < 1) {
            throw new IllegalArgumentException("groenagenda.workflow.escalation.working-days must be at least 1");
        }
    }

    public record Escalation(@DefaultValue("10") int workingDays) {
    }
}
