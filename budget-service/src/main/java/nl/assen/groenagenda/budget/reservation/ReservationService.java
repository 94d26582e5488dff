package nl.assen.groenagenda.budget.reservation;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.assen.groenagenda.budget.audit.AuditLog;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Reserves, releases and realises amounts of a line-year's budget. The rules that must hold under any
 * load live here.
 *
 * <p><b>Never overcommitted.</b> A reservation is decided by one atomic, conditional UPDATE of the
 * line-year row: {@code reserved = reserved + amount WHERE budget - reserved - realised >= amount}.
 * PostgreSQL takes the row lock for it; a concurrent reservation on the same line-year waits for that
 * lock and then re-evaluates the condition against the committed row (READ COMMITTED re-check), so no
 * two can both take the last euro. There is no read-then-write window to guard, no lock held while the
 * application thinks, and a CHECK constraint on the row refuses an overcommitment even if code were
 * wrong. Reservations on different line-years never wait for each other. Only an adopted budget can be
 * reserved on: an amount still to be weighed in a Kaderbrief is not money the municipality has yet.
 *
 * <p><b>Never twice for one Idempotency-Key.</b> The reservation row is inserted first, in the same
 * transaction, with the key unique per caller ({@code ON CONFLICT DO NOTHING}). A second request with
 * the same key waits on the unique index until the first commits or rolls back: then it either finds
 * the first reservation (same body: returned as it is; other body: 409), or, if the first was refused
 * and rolled back, makes its own attempt. A refusal for lack of budget rolls back the insert too, so a
 * refused key can be retried.
 */
@Service
public class ReservationService {

    private static final String COLUMNS = "id, budget_line_code, year, amount, agenda_item_id, reason, status, "
            + "created_by, created_at, updated_at";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final AuditLog audit;

    public ReservationService(DatabaseClient db, TransactionalOperator transaction, AuditLog audit) {
        this.db = db;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** The reservation, and whether this call made it (false: an earlier call with the same key did). */
    public record Outcome(Reservation reservation, boolean created) {
    }

    public Mono<Boolean> lineExists(String code) {
        return db.sql("SELECT 1 FROM budget_line WHERE code = :code").bind("code", code)
                .map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    public Mono<Outcome> reserve(String actor, String idempotencyKey, ReservationRequest request) {
        UUID id = UUID.randomUUID();
        var insert = db.sql("INSERT INTO reservation (id, budget_line_code, year, amount, agenda_item_id, reason, "
                        + "status, created_by, idempotency_key) VALUES (:id, :code, :year, :amount, :agendaItemId, "
                        + ":reason, 'RESERVED', :actor, :key) "
                        + "ON CONFLICT (created_by, idempotency_key) DO NOTHING RETURNING " + COLUMNS)
                .bind("id", id)
                .bind("code", request.budgetLineCode())
                .bind("year", request.year())
                .bind("amount", request.amount())
                .bind("agendaItemId", request.agendaItemId())
                .bind("actor", actor)
                .bind("key", idempotencyKey);
        insert = request.reason() == null ? insert.bindNull("reason", String.class) : insert.bind("reason", request.reason());
        Mono<Outcome> work = insert.map(ReservationService::reservation).one()
                .flatMap(created -> commit(actor, created).thenReturn(new Outcome(created, true)))
                .switchIfEmpty(Mono.defer(() -> earlier(actor, idempotencyKey, request)));
        return transaction.transactional(work);
    }

    private Mono<Void> commit(String actor, Reservation created) {
        return db.sql("""
                        UPDATE budget_year SET reserved = reserved + :amount
                        WHERE budget_line_code = :code AND year = :year
                          AND status = 'ADOPTED'
                          AND expenses_structural + expenses_one_off - reserved - realised >= :amount
                        RETURNING 1""")
                .bind("amount", created.amount())
                .bind("code", created.budgetLineCode())
                .bind("year", created.year())
                .map((row, meta) -> 1).one()
                .switchIfEmpty(Mono.defer(() -> available(created.budgetLineCode(), created.year())
                        .flatMap(available -> Mono.error(shortfall(created, available)))))
                .then(audit.record(actor, "reservation", created.id().toString(), "RESERVE", created.reason(),
                        null, created));
    }

    private Mono<BigDecimal> available(String code, int year) {
        return db.sql("""
                        SELECT CASE WHEN status = 'ADOPTED' THEN expenses_structural + expenses_one_off ELSE 0 END
                               - reserved - realised AS available
                        FROM budget_year WHERE budget_line_code = :code AND year = :year""")
                .bind("code", code).bind("year", year)
                .map((row, meta) -> row.get("available", BigDecimal.class)).one()
                .defaultIfEmpty(BigDecimal.ZERO.setScale(2));
    }

    private static ProblemException shortfall(Reservation refused, BigDecimal available) {
        BigDecimal shortfall = refused.amount().subtract(available);
        return new ProblemException(Problem.of(HttpStatus.CONFLICT, "insufficient-budget", "Onvoldoende budget",
                        "Op begrotingsregel " + refused.budgetLineCode() + " is voor " + refused.year() + " EUR "
                                + available.toPlainString() + " beschikbaar; gevraagd is EUR "
                                + refused.amount().toPlainString() + ", een tekort van EUR " + shortfall.toPlainString() + ".")
                .with("requested", refused.amount())
                .with("available", available)
                .with("shortfall", shortfall));
    }

    private Mono<Outcome> earlier(String actor, String key, ReservationRequest request) {
        return db.sql("SELECT " + COLUMNS + " FROM reservation WHERE created_by = :actor AND idempotency_key = :key")
                .bind("actor", actor).bind("key", key)
                .map(ReservationService::reservation).one()
                .map(first -> {
                    if (!first.sameRequest(request)) {
                        throw new ProblemException(Problem.of(HttpStatus.CONFLICT, "idempotency-key-reused",
                                        "Idempotency-Key al gebruikt",
                                        "Deze Idempotency-Key is eerder gebruikt voor een ander verzoek.")
                                .with("reservationId", first.id().toString()));
                    }
                    return new Outcome(first, false);
                });
    }

    public Mono<Reservation> release(String actor, UUID id, String reason) {
        return change(actor, id, reason, Reservation.Status.RELEASED, "RELEASE",
                "UPDATE budget_year SET reserved = reserved - :amount WHERE budget_line_code = :code AND year = :year");
    }

    public Mono<Reservation> realise(String actor, UUID id, String reason) {
        return change(actor, id, reason, Reservation.Status.REALISED, "REALISE", """
                UPDATE budget_year SET reserved = reserved - :amount, realised = realised + :amount
                WHERE budget_line_code = :code AND year = :year""");
    }

    /**
     * Moves a RESERVED reservation to its final state and its amount out of "reserved", atomically. Asking
     * again for the state it already has answers it unchanged; asking for the other final state is 409.
     */
    private Mono<Reservation> change(String actor, UUID id, String reason, Reservation.Status target, String action,
                                     String budgetUpdate) {
        Mono<Reservation> work = db.sql("UPDATE reservation SET status = :status, updated_at = now() "
                        + "WHERE id = :id AND status = 'RESERVED' RETURNING " + COLUMNS)
                .bind("status", target.name()).bind("id", id)
                .map(ReservationService::reservation).one()
                .flatMap(changed -> db.sql(budgetUpdate)
                        .bind("amount", changed.amount())
                        .bind("code", changed.budgetLineCode())
                        .bind("year", changed.year())
                        .then()
                        .then(audit.record(actor, "reservation", id.toString(), action, reason,
                                changed.withStatus(Reservation.Status.RESERVED), changed))
                        .thenReturn(changed))
                .switchIfEmpty(Mono.defer(() -> find(id).map(current -> {
                    if (current.status() != target) {
                        throw new ProblemException(Problem.of(HttpStatus.CONFLICT, "reservation-closed",
                                        "Reservering al afgesloten",
                                        "Deze reservering is al " + (current.status() == Reservation.Status.RELEASED
                                                ? "vrijgegeven" : "gerealiseerd") + ".")
                                .with("reservationStatus", current.status().name()));
                    }
                    return current;
                })))
                .switchIfEmpty(Mono.error(ReservationService::notFound));
        return transaction.transactional(work);
    }

    public Mono<Reservation> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM reservation WHERE id = :id").bind("id", id)
                .map(ReservationService::reservation).one();
    }

    static ProblemException notFound() {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Er is geen reservering met dit id."));
    }

    private static Reservation reservation(Readable row) {
        return new Reservation(row.get("id", UUID.class), row.get("budget_line_code", String.class),
                row.get("year", Integer.class), row.get("amount", BigDecimal.class),
                row.get("agenda_item_id", String.class), row.get("reason", String.class),
                Reservation.Status.valueOf(row.get("status", String.class)), row.get("created_by", String.class),
                utc(row.get("created_at", OffsetDateTime.class)), utc(row.get("updated_at", OffsetDateTime.class)));
    }

    private static OffsetDateTime utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }

}
