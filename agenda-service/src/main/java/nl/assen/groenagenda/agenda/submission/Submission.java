package nl.assen.groenagenda.agenda.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A submission of an agenda item for approval and how its delivery to the workflow service stands:
 * delivered (with the process instance it started) or still being tried, with the last error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Submission(UUID id, UUID agendaItemId, int sequence, OffsetDateTime submittedAt, String submittedBy,
                         OffsetDateTime deliveredAt, String processInstanceId, int attempts, OffsetDateTime nextAttemptAt,
                         String lastError) {
}
