package nl.assen.groenagenda.agenda.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** One change of an item: who, when, what (action, status change, changed fields with old and new) and why. */
public record HistoryEntry(OffsetDateTime at, String actor, String action, String fromStatus, String toStatus,
                           String reason, JsonNode changes) {
}
