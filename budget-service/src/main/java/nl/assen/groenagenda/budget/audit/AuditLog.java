package nl.assen.groenagenda.budget.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.assen.groenagenda.platform.paging.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes who changed what, when and why, with the state before and after, into {@code audit_entry}:
 * the same table the database triggers write for changes to budget lines. Called inside the
 * transaction of the change itself, so a change and its audit entry are committed together or not at all.
 */
@Component
public class AuditLog {

    private final DatabaseClient db;
    private final ObjectMapper mapper;

    public AuditLog(DatabaseClient db, ObjectMapper mapper) {
        this.db = db;
        this.mapper = mapper;
    }

    public Mono<Void> record(String actor, String entityType, String entityId, String action, String reason,
                             Object before, Object after) {
        var spec = db.sql("""
                        INSERT INTO audit_entry (actor, entity_type, entity_id, action, reason, before, after)
                        VALUES (:actor, :entityType, :entityId, :action, :reason,
                                CAST(:before AS JSONB), CAST(:after AS JSONB))""")
                .bind("actor", actor)
                .bind("entityType", entityType)
                .bind("entityId", entityId)
                .bind("action", action);
        spec = reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
        spec = before == null ? spec.bindNull("before", String.class) : spec.bind("before", json(before));
        spec = after == null ? spec.bindNull("after", String.class) : spec.bind("after", json(after));
        return spec.then();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state cannot be written as JSON", e);
        }
    }

    /**
     * The history of a budget line, oldest first: changes to the line, its years and its income (written
     * by the database triggers) and to the reservations on it.
     */
    public Flux<AuditEntry> historyOfLine(String code, PageRequest page) {
        return db.sql("SELECT id, at, actor, entity_type, entity_id, action, reason, before::text AS before, "
                        + "after::text AS after FROM audit_entry WHERE " + LINE_HISTORY
                        + " ORDER BY id LIMIT :limit OFFSET :offset")
                .bind("code", code)
                .bind("prefix", code + "/%")
                .bind("limit", page.pageSize())
                .bind("offset", page.offset())
                .map((row, meta) -> new AuditEntry(row.get("id", Long.class),
                        row.get("at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                        row.get("actor", String.class), row.get("entity_type", String.class),
                        row.get("entity_id", String.class), row.get("action", String.class),
                        row.get("reason", String.class), tree(row.get("before", String.class)),
                        tree(row.get("after", String.class))))
                .all();
    }

    public Mono<Long> countHistoryOfLine(String code) {
        return db.sql("SELECT count(*) AS n FROM audit_entry WHERE " + LINE_HISTORY)
                .bind("code", code)
                .bind("prefix", code + "/%")
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    private static final String LINE_HISTORY = """
            ((entity_type = 'budget_line' AND entity_id = :code)
             OR (entity_type IN ('budget_year', 'budget_income') AND entity_id LIKE :prefix)
             OR (entity_type = 'reservation'
                 AND entity_id IN (SELECT id::text FROM reservation WHERE budget_line_code = :code)))""";

    private JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state is not JSON", e);
        }
    }
}
