package nl.assen.groenagenda.budget.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One recorded change: who ({@code actor}), when ({@code at}, UTC), what ({@code entityType},
 * {@code entityId}, {@code action} and the state {@code before} and {@code after}) and why ({@code reason}).
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String entityType, String entityId, String action,
                         String reason, JsonNode before, JsonNode after) {
}
