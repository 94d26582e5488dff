package nl.assen.groenagenda.workflow.task;

import java.time.Instant;

/** One row of {@code workflow.decision}: who decided what on which step of an item's process, and why. */
public record RecordedDecision(
        String id,
        String agendaItemId,
        String processInstanceId,
        String taskId,
        String taskDefinitionKey,
        String decision,
        String motivation,
        String decidedBy,
        Instant decidedAt) {
}
