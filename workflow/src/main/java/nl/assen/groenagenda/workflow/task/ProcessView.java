package nl.assen.groenagenda.workflow.task;

import java.time.Instant;
import java.util.List;

/**
 * Where the latest approval of an agenda item stands. {@code state}: ACTIVE, SUSPENDED, COMPLETED,
 * EXTERNALLY_TERMINATED, INTERNALLY_TERMINATED, or INCIDENT for a running instance that is stuck on a
 * failed step (Cockpit shows the details to beheerders).
 */
public record ProcessView(
        String processInstanceId,
        String state,
        List<Activity> activities,
        List<Incident> incidents,
        Instant startTime,
        Instant endTime,
        String submissionId) {

    public ProcessView {
        activities = List.copyOf(activities);
        incidents = List.copyOf(incidents);
    }

    /** A step the instance is at now; {@code name} is the Dutch name users know it by. */
    public record Activity(String id, String name) {
    }

    public record Incident(String activityId, String message) {
    }
}
