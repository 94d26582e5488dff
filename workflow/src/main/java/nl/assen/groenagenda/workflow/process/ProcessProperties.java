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

    public record Escalation(@DefaultValue("10") int workingDays) {
    }
}
