package nl.assen.groenagenda.agenda.submission;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The submission table: written with the status change, read and marked by the dispatcher. */
@Repository
class SubmissionOutbox {

    private final DatabaseClient db;

    SubmissionOutbox(DatabaseClient db) {
        this.db = db;
    }

    /** Records a new submission of the item; its sequence follows the item's previous one. */
    Mono<Submission> add(UUID itemId, String submittedBy) {
        return db.sql("""
                        INSERT INTO submission (id, agenda_item_id, sequence, submitted_by)
                        SELECT :id, :itemId, COALESCE(MAX(sequence), 0) + 1, :by FROM submission WHERE agenda_item_id = :itemId
                        RETURNING *""")
                .bind("id", UUID.randomUUID()).bind("itemId", itemId).bind("by", submittedBy)
                .map(SubmissionOutbox::submission).one();
    }

    Mono<List<Submission>> ofItem(UUID itemId) {
        return db.sql("SELECT * FROM submission WHERE agenda_item_id = :id ORDER BY sequence")
                .bind("id", itemId).map(SubmissionOutbox::submission).all().collectList();
    }

    /**
     * Takes up to {@code limit} due, undelivered submissions under a lease: until it ends no other
     * dispatcher takes them, and when a dispatcher dies mid-delivery they become due again.
     */
    Flux<PendingSubmission> lease(int limit, Duration lease) {
        return db.sql("""
                        UPDATE submission s SET lease_until = now() + make_interval(secs => :lease), attempts = attempts + 1
                        FROM agenda_item i
                        WHERE s.id IN (SELECT id FROM submission
                                       WHERE delivered_at IS NULL AND next_attempt_at <= now()
                                         AND (lease_until IS NULL OR lease_until < now())
                                       ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                          AND i.id = s.agenda_item_id
                        RETURNING s.id, s.agenda_item_id, s.sequence, i.department, i.title, s.submitted_by, s.attempts""")
                .bind("lease", (double) lease.toSeconds()).bind("limit", limit)
                .map((Readable row) -> new PendingSubmission(row.get("id", UUID.class), row.get("agenda_item_id", UUID.class),
                        row.get("sequence", Integer.class), row.get("department", String.class),
                        row.get("title", String.class), row.get("submitted_by", String.class),
                        row.get("attempts", Integer.class)))
                .all();
    }

    Mono<Void> delivered(UUID id, String processInstanceId) {
        return db.sql("""
                        UPDATE submission SET delivered_at = now(), process_instance_id = :process, lease_until = NULL,
                            last_error = NULL
                        WHERE id = :id""")
                .bind("id", id).bind("process", processInstanceId).then();
    }

    Mono<Void> failed(UUID id, String error, Duration retryIn) {
        return db.sql("""
                        UPDATE submission SET last_error = :error, lease_until = NULL,
                            next_attempt_at = now() + make_interval(secs => :retry)
                        WHERE id = :id""")
                .bind("id", id).bind("error", error).bind("retry", (double) retryIn.toMillis() / 1000).then();
    }

    private static Submission submission(Readable row) {
        return new Submission(row.get("id", UUID.class), row.get("agenda_item_id", UUID.class),
                row.get("sequence", Integer.class), row.get("submitted_at", OffsetDateTime.class),
                row.get("submitted_by", String.class), row.get("delivered_at", OffsetDateTime.class),
                row.get("process_instance_id", String.class), row.get("attempts", Integer.class),
                row.get("next_attempt_at", OffsetDateTime.class), row.get("last_error", String.class));
    }
}
