package nl.assen.groenagenda.agenda.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.assen.groenagenda.agenda.lifecycle.Coverage;
import nl.assen.groenagenda.agenda.lifecycle.Status;

/**
 * An agenda item as the API serves it: what the drafter wrote, where it stands and, for one item,
 * its history. {@code example} marks the agenda as proposed, loaded as reference data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItem(UUID id, @JsonUnwrapped ItemContent content, Status status, Coverage coverage,
                         Integer kaderbriefYear, String claimId, int progress, TrafficLight trafficLight,
                         String trafficLightCause, String trafficLightCorrection, String drafter, boolean example,
                         int version, OffsetDateTime createdAt, OffsetDateTime updatedAt, List<HistoryEntry> history) {

    public AgendaItem withHistory(List<HistoryEntry> entries) {
        return new AgendaItem(id, content, status, coverage, kaderbriefYear, claimId, progress, trafficLight,
                trafficLightCause, trafficLightCorrection, drafter, example, version, createdAt, updatedAt, entries);
    }

    public AgendaItem withContent(ItemContent replaced) {
        return new AgendaItem(id, replaced, status, coverage, kaderbriefYear, claimId, progress, trafficLight,
                trafficLightCause, trafficLightCorrection, drafter, example, version, createdAt, updatedAt, history);
    }

    /** The strong ETag of this version, for If-Match on edits. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
