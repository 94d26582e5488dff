package nl.assen.groenagenda.agenda.lifecycle;

import io.r2dbc.spi.Readable;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The transitions the workflow service has reported, by their id, and the submission a new one must
 * belong to: what makes its callbacks idempotent and keeps a late callback of an earlier submission out.
 * The submission table is written by the submission feature; only its latest id is read here.
 */
@Repository
class WorkflowTransitions {

    private final DatabaseClient db;

    WorkflowTransitions(DatabaseClient db) {
        this.db = db;
    }

    /** "itemId/STATUS" of an already recorded transition id, or empty. */
    Mono<String> recorded(String transitionId) {
        return db.sql("SELECT agenda_item_id, to_status FROM agenda_item_transition WHERE transition_id = :id")
                .bind("id", transitionId)
                .map((Readable row) -> row.get("agenda_item_id", UUID.class) + "/" + row.get("to_status", String.class))
                .one().defaultIfEmpty("");
    }

    Mono<Void> record(String transitionId, UUID itemId, Status to) {
        return db.sql("""
                        INSERT INTO agenda_item_transition (transition_id, agenda_item_id, to_status)
                        VALUES (:transitionId, :id, :to)""")
                .bind("transitionId", transitionId).bind("id", itemId).bind("to", to.name())
                .then();
    }

    /** The id of the item's latest submission, or empty when it was never submitted. */
    Mono<String> latestSubmission(UUID itemId) {
        return db.sql("SELECT id FROM submission WHERE agenda_item_id = :id ORDER BY sequence DESC LIMIT 1")
                .bind("id", itemId)
                .map((Readable row) -> row.get("id", UUID.class).toString())
                .one().defaultIfEmpty("");
    }
}
