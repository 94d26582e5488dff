package nl.assen.groenagenda.budget.kaderbrief;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.budget.audit.AuditLog;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Kaderbrief cycles, claims, decisions and the budget amendments they make.
 *
 * <p>A claim is filed only while its cycle is OPEN: the filing reads the cycle row FOR SHARE, so a
 * concurrent status change (which updates that row) waits for the filing to commit, or the filing for
 * the change, and never lets a claim in after the cycle left OPEN.
 *
 * <p>A decision is one transaction: the claim leaves PENDING by a conditional UPDATE (so of two
 * concurrent decisions exactly one wins; the other is 409), the granted amounts are recorded, and each
 * granted year of the line is amended by one upsert of its budget_year row (inserted as ADOPTED if the
 * year had none), with a budget_amendment row naming old amount, change, new amount and the decision's
 * reference. The budget_year trigger of V2 audits the change with the actor and reason set in the same
 * transaction. Anything failing rolls all of it back.
 */
@Service
public class KaderbriefService {

    private static final String CLAIM_COLUMNS = "id, cycle_year, budget_line_code, agenda_item_id, motivation, status, "
            + "created_by, created_at, decision_reference, follow_up, decided_by, decided_at";
    private static final String AMENDMENT_COLUMNS = "id, claim_id, budget_line_code, year, old_amount, change, "
            + "new_amount, reference, created_by, created_at";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final AuditLog audit;

    public KaderbriefService(DatabaseClient db, TransactionalOperator transaction, AuditLog audit) {
        this.db = db;
        this.transaction = transaction;
        this.audit = audit;
    }

    public Flux<Cycle> cycles() {
        return db.sql("SELECT * FROM kaderbrief_cycle ORDER BY year").map(KaderbriefService::toCycle).all();
    }

    public Mono<Cycle> cycle(int year) {
        return db.sql("SELECT * FROM kaderbrief_cycle WHERE year = :year").bind("year", year)
                .map(KaderbriefService::toCycle).one()
                .switchIfEmpty(Mono.error(() -> unknownCycle(year)));
    }

    public Mono<Cycle> createCycle(String actor, Cycle cycle) {
        Mono<Cycle> work = db.sql("""
                        INSERT INTO kaderbrief_cycle (year, claim_deadline, college_date, council_date, status, dates_assumed)
                        VALUES (:year, :deadline, :college, :council, 'OPEN', false)
                        ON CONFLICT (year) DO NOTHING RETURNING *""")
                .bind("year", cycle.year()).bind("deadline", cycle.claimDeadline())
                .bind("college", cycle.collegeDate()).bind("council", cycle.councilDate())
                .map(KaderbriefService::toCycle).one()
                .switchIfEmpty(Mono.error(() -> conflict("cycle-exists", "Cyclus bestaat al",
                        "Er is al een Kaderbrief " + cycle.year() + ".")))
                .flatMap(created -> audit.record(actor, "kaderbrief_cycle", String.valueOf(created.year()), "CREATE",
                        null, null, created).thenReturn(created));
        return transaction.transactional(work);
    }

    /** Moves the cycle one step forward; asking for the status it has answers it unchanged. */
    public Mono<Cycle> changeStatus(String actor, int year, Cycle.Status target, String reason) {
        Mono<Cycle> work = db.sql("SELECT * FROM kaderbrief_cycle WHERE year = :year FOR UPDATE").bind("year", year)
                .map(KaderbriefService::toCycle).one()
                .switchIfEmpty(Mono.error(() -> unknownCycle(year)))
                .flatMap(current -> {
                    if (current.status() == target) {
                        return Mono.just(current);
                    }
                    if (current.status().next() != target) {
                        return Mono.error(conflict("cycle-status", "Statuswijziging niet toegestaan",
                                "Kaderbrief " + year + " staat op " + current.status() + " en kan alleen naar "
                                        + (current.status().next() == null ? "geen andere status" : current.status().next())
                                        + ".").with("cycleStatus", current.status().name()));
                    }
                    return db.sql("UPDATE kaderbrief_cycle SET status = :status WHERE year = :year RETURNING *")
                            .bind("status", target.name()).bind("year", year)
                            .map(KaderbriefService::toCycle).one()
                            .flatMap(changed -> audit.record(actor, "kaderbrief_cycle", String.valueOf(year), "STATUS",
                                    reason, current, changed).thenReturn(changed));
                });
        return transaction.transactional(work);
    }

    public Flux<Claim> claims(int year) {
        return cycle(year).thenMany(Mono.zip(
                        db.sql("SELECT " + CLAIM_COLUMNS + " FROM kaderbrief_claim WHERE cycle_year = :year "
                                        + "ORDER BY created_at, id").bind("year", year)
                                .map(KaderbriefService::toClaim).all().collectList(),
                        db.sql("""
                                        SELECT a.claim_id, a.year, a.amount, a.structural, a.granted
                                        FROM kaderbrief_claim_amount a JOIN kaderbrief_claim c ON c.id = a.claim_id
                                        WHERE c.cycle_year = :year ORDER BY a.year""").bind("year", year)
                                .map((Readable row) -> Map.entry(row.get("claim_id", UUID.class), toAmount(row))).all()
                                .collectMultimap(Map.Entry::getKey, Map.Entry::getValue))
                .flatMapIterable(found -> found.getT1().stream()
                        .map(claim -> claim.withAmounts(List.copyOf(found.getT2().getOrDefault(claim.id(), List.of()))))
                        .toList()));
    }

    /** The claim with its amounts, in whatever cycle it is. */
    public Mono<Claim> claim(UUID id) {
        return db.sql("SELECT " + CLAIM_COLUMNS + " FROM kaderbrief_claim WHERE id = :id").bind("id", id)
                .map(KaderbriefService::toClaim).one()
                .flatMap(found -> amounts(id).map(found::withAmounts));
    }

    private Mono<List<Claim.Amount>> amounts(UUID claimId) {
        return db.sql("SELECT year, amount, structural, granted FROM kaderbrief_claim_amount WHERE claim_id = :id "
                        + "ORDER BY year").bind("id", claimId)
                .map(KaderbriefService::toAmount).all().collectList();
    }

    public Flux<Amendment> amendments(int year) {
        return cycle(year).thenMany(db.sql("SELECT " + AMENDMENT_COLUMNS.replace(", ", ", m.").replaceFirst("^", "m.")
                        + " FROM budget_amendment m JOIN kaderbrief_claim c ON c.id = m.claim_id "
                        + "WHERE c.cycle_year = :year ORDER BY m.id").bind("year", year)
                .map(KaderbriefService::toAmendment).all());
    }

    public Mono<Boolean> lineExists(String code) {
        return db.sql("SELECT 1 FROM budget_line WHERE code = :code").bind("code", code)
                .map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    /** The claim, and whether this call filed it (false: an earlier call with the same key did). */
    public record Filing(Claim claim, boolean created) {
    }

    /**
     * Files a claim; with an idempotency key (unique per caller) a repeated filing answers the first
     * claim, looked up before the cycle's status so a late retry still finds it after the cycle closed.
     * Two concurrent filings with one key: the second waits on the unique index, inserts nothing and
     * then finds the first.
     */
    public Mono<Filing> file(String actor, int year, String idempotencyKey, NewClaim request) {
        if (idempotencyKey == null) {
            return file(actor, year, null, request, Mono.empty());
        }
        Mono<Filing> earlier = Mono.defer(() -> byKey(actor, idempotencyKey, year, request));
        return earlier.switchIfEmpty(Mono.defer(() -> file(actor, year, idempotencyKey, request, earlier)));
    }

    private Mono<Filing> byKey(String actor, String key, int year, NewClaim request) {
        return db.sql("SELECT id FROM kaderbrief_claim WHERE created_by = :actor AND idempotency_key = :key")
                .bind("actor", actor).bind("key", key)
                .map((Readable row) -> row.get("id", UUID.class)).one()
                .flatMap(this::claim)
                .map(first -> {
                    if (!sameRequest(first, year, request)) {
                        throw conflict("idempotency-key-reused", "Idempotency-Key al gebruikt",
                                "Deze Idempotency-Key is eerder gebruikt voor een ander verzoek.")
                                .with("claimId", first.id().toString());
                    }
                    return new Filing(first, false);
                });
    }

    private static boolean sameRequest(Claim first, int year, NewClaim request) {
        if (first.cycleYear() != year || !first.budgetLineCode().equals(request.budgetLineCode())
                || !first.agendaItemId().equals(request.agendaItemId())
                || !first.motivation().equals(request.motivation())
                || first.amounts().size() != request.amounts().size()) {
            return false;
        }
        for (int i = 0; i < first.amounts().size(); i++) {
            Claim.Amount filed = first.amounts().get(i);
            Claim.Amount asked = request.amounts().get(i);
            if (filed.year() != asked.year() || filed.amount().compareTo(asked.amount()) != 0
                    || filed.recurring() != asked.recurring()) {
                return false;
            }
        }
        return true;
    }

    private Mono<Filing> file(String actor, int year, String idempotencyKey, NewClaim request,
                              Mono<Filing> sameKeyMeanwhile) {
        UUID id = UUID.randomUUID();
        var insert = db.sql("INSERT INTO kaderbrief_claim (id, cycle_year, budget_line_code, agenda_item_id, "
                        + "motivation, status, created_by, idempotency_key) VALUES (:id, :year, :code, :item, "
                        + ":motivation, 'PENDING', :actor, :key) ON CONFLICT DO NOTHING RETURNING id")
                .bind("id", id).bind("year", year).bind("code", request.budgetLineCode())
                .bind("item", request.agendaItemId()).bind("motivation", request.motivation())
                .bind("actor", actor);
        var claimInsert = idempotencyKey == null ? insert.bindNull("key", String.class) : insert.bind("key", idempotencyKey);
        Mono<Filing> work = db.sql("SELECT status FROM kaderbrief_cycle WHERE year = :year FOR SHARE").bind("year", year)
                .map((Readable row) -> Cycle.Status.valueOf(row.get("status", String.class))).one()
                .switchIfEmpty(Mono.error(() -> unknownCycle(year)))
                .flatMap(status -> status != Cycle.Status.OPEN
                        ? Mono.error(conflict("cycle-closed", "Kaderbrief gesloten voor claims",
                                "Kaderbrief " + year + " staat op " + status + ": claims kunnen alleen worden "
                                        + "ingediend zolang de cyclus open is.").with("cycleStatus", status.name()))
                        : claimInsert.map((Readable row) -> row.get("id", UUID.class)).one()
                                .map(inserted -> true)
                                .switchIfEmpty(Mono.defer(() -> sameKeyMeanwhile.map(first -> false)))
                                .switchIfEmpty(Mono.defer(() -> existingClaim(year, request)
                                        .flatMap(existing -> Mono.error(conflict("claim-exists", "Claim bestaat al",
                                                "Voor dit agendapunt en deze begrotingsregel is in Kaderbrief " + year
                                                        + " al een claim ingediend.").with("claimId", existing.toString()))))))
                .flatMap(inserted -> inserted ? insertAmounts(actor, id, request) : sameKeyMeanwhile);
        return transaction.transactional(work);
    }

    private Mono<Filing> insertAmounts(String actor, UUID id, NewClaim request) {
        return Flux.fromIterable(request.amounts()).concatMap(amount -> db.sql(
                                "INSERT INTO kaderbrief_claim_amount (claim_id, year, amount, structural) "
                                        + "VALUES (:id, :year, :amount, :structural)")
                        .bind("id", id).bind("year", amount.year()).bind("amount", amount.amount())
                        .bind("structural", amount.recurring()).then())
                .then(Mono.defer(() -> claim(id)))
                .flatMap(filed -> audit.record(actor, "kaderbrief_claim", id.toString(), "FILE", null, null, filed)
                        .thenReturn(new Filing(filed, true)));
    }

    private Mono<UUID> existingClaim(int year, NewClaim request) {
        return db.sql("SELECT id FROM kaderbrief_claim WHERE cycle_year = :year AND agenda_item_id = :item "
                        + "AND budget_line_code = :code")
                .bind("year", year).bind("item", request.agendaItemId()).bind("code", request.budgetLineCode())
                .map((Readable row) -> row.get("id", UUID.class)).one();
    }

    /** Records a checked decision; see the class comment for what makes it atomic. */
    public Mono<Decision.Result> decide(String actor, int year, Claim before, Decision decision) {
        String auditReason = "Kaderbrief " + year + ", besluit " + decision.reference() + ": claim " + decision.claimId()
                + " " + decision.outcome() + (decision.reason() == null ? "" : ". " + decision.reason());
        var update = db.sql("UPDATE kaderbrief_claim SET status = :status, decision_reference = :reference, "
                        + "follow_up = :followUp, decided_by = :actor, decided_at = now() "
                        + "WHERE id = :id AND cycle_year = :year AND status = 'PENDING' RETURNING id")
                .bind("status", decision.outcome().name()).bind("reference", decision.reference())
                .bind("actor", actor).bind("id", decision.claimId()).bind("year", year);
        update = decision.followUp() == null ? update.bindNull("followUp", String.class)
                : update.bind("followUp", decision.followUp().name());
        var claimUpdate = update;
        Mono<Decision.Result> work = db.sql("SELECT status FROM kaderbrief_cycle WHERE year = :year FOR SHARE")
                .bind("year", year)
                .map((Readable row) -> Cycle.Status.valueOf(row.get("status", String.class))).one()
                .switchIfEmpty(Mono.error(() -> unknownCycle(year)))
                .flatMap(status -> status == Cycle.Status.SENT_TO_COUNCIL || status == Cycle.Status.DECIDED
                        ? db.sql("SELECT set_config('groenagenda.actor', :actor, true), "
                                        + "set_config('groenagenda.reason', :reason, true)")
                                .bind("actor", actor).bind("reason", auditReason).map((Readable row) -> 1).one()
                        : Mono.error(conflict("cycle-not-at-council", "Kaderbrief niet bij de raad",
                                "Kaderbrief " + year + " staat op " + status + ": een raadsbesluit op een claim kan pas "
                                        + "worden vastgelegd als de Kaderbrief naar de raad is gestuurd.")
                                .with("cycleStatus", status.name())))
                .then(claimUpdate.map((Readable row) -> row.get("id", UUID.class)).one()
                        .switchIfEmpty(Mono.error(() -> alreadyDecided(decision.claimId()))))
                .thenMany(Flux.fromIterable(before.amounts()).concatMap(amount -> grant(actor, before, amount, decision)))
                .collectList()
                .flatMap(amendments -> claim(decision.claimId())
                        .flatMap(after -> audit.record(actor, "kaderbrief_claim", after.id().toString(), "DECIDE",
                                        auditReason, before, after)
                                .thenReturn(new Decision.Result(after, amendments))));
        return transaction.transactional(work);
    }

    /**
     * Records what was granted for one claimed year and, if anything, amends that line-year. An amount
     * that was only proposed or to be weighed is a placeholder for this very decision: the grant replaces
     * it and the year becomes adopted. An adopted amount is raised by the grant.
     */
    private Mono<Amendment> grant(String actor, Claim claim, Claim.Amount amount, Decision decision) {
        BigDecimal granted = decision.granted().getOrDefault(amount.year(), BigDecimal.ZERO).setScale(2);
        Mono<Void> record = db.sql("UPDATE kaderbrief_claim_amount SET granted = :granted WHERE claim_id = :id AND year = :year")
                .bind("granted", granted).bind("id", claim.id()).bind("year", amount.year()).then();
        if (granted.signum() == 0) {
            return record.then(Mono.empty());
        }
        BigDecimal structural = amount.recurring() ? granted : BigDecimal.ZERO.setScale(2);
        BigDecimal oneOff = amount.recurring() ? BigDecimal.ZERO.setScale(2) : granted;
        return record.then(db.sql("""
                        INSERT INTO budget_year (budget_line_code, year, expenses_structural, expenses_one_off, status)
                        VALUES (:code, :year, :structural, :oneOff, 'ADOPTED')
                        ON CONFLICT (budget_line_code, year) DO UPDATE SET
                            expenses_structural = CASE WHEN budget_year.status = 'ADOPTED'
                                THEN budget_year.expenses_structural ELSE 0 END + EXCLUDED.expenses_structural,
                            expenses_one_off = CASE WHEN budget_year.status = 'ADOPTED'
                                THEN budget_year.expenses_one_off ELSE 0 END + EXCLUDED.expenses_one_off,
                            status = 'ADOPTED', kaderbrief_year = NULL
                        RETURNING expenses_structural + expenses_one_off AS new_amount""")
                        .bind("code", claim.budgetLineCode()).bind("year", amount.year())
                        .bind("structural", structural).bind("oneOff", oneOff)
                        .map((Readable row) -> row.get("new_amount", BigDecimal.class)).one())
                .flatMap(newAmount -> db.sql("INSERT INTO budget_amendment (claim_id, budget_line_code, year, old_amount, "
                                + "change, new_amount, reference, created_by) VALUES (:claim, :code, :year, :old, :change, "
                                + ":new, :reference, :actor) RETURNING " + AMENDMENT_COLUMNS)
                        .bind("claim", claim.id()).bind("code", claim.budgetLineCode()).bind("year", amount.year())
                        .bind("old", newAmount.subtract(granted)).bind("change", granted).bind("new", newAmount)
                        .bind("reference", decision.reference()).bind("actor", actor)
                        .map(KaderbriefService::toAmendment).one());
    }

    static ProblemException unknownCycle(int year) {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Er is geen Kaderbrief " + year + "."));
    }

    static Conflict alreadyDecided(UUID claimId) {
        return conflict("claim-decided", "Claim al besloten",
                "Over claim " + claimId + " is al een besluit vastgelegd; een tweede besluit is niet mogelijk.")
                .with("claimId", claimId.toString());
    }

    static Conflict conflict(String slug, String title, String detail) {
        return new Conflict(slug, title, detail);
    }

    private static Cycle toCycle(Readable row) {
        return new Cycle(row.get("year", Integer.class), row.get("claim_deadline", LocalDate.class),
                row.get("college_date", LocalDate.class), row.get("council_date", LocalDate.class),
                Cycle.Status.valueOf(row.get("status", String.class)), Boolean.TRUE.equals(row.get("dates_assumed", Boolean.class)),
                row.get("note", String.class));
    }

    private static Claim toClaim(Readable row) {
        String followUp = row.get("follow_up", String.class);
        return new Claim(row.get("id", UUID.class), row.get("cycle_year", Integer.class),
                row.get("budget_line_code", String.class), row.get("agenda_item_id", String.class),
                row.get("motivation", String.class), List.of(), Claim.Status.valueOf(row.get("status", String.class)),
                row.get("created_by", String.class), utc(row.get("created_at", OffsetDateTime.class)),
                row.get("decision_reference", String.class), followUp == null ? null : Claim.FollowUp.valueOf(followUp),
                row.get("decided_by", String.class), utc(row.get("decided_at", OffsetDateTime.class)));
    }

    private static Claim.Amount toAmount(Readable row) {
        return new Claim.Amount(row.get("year", Integer.class), row.get("amount", BigDecimal.class),
                Boolean.TRUE.equals(row.get("structural", Boolean.class)), row.get("granted", BigDecimal.class));
    }

    private static Amendment toAmendment(Readable row) {
        return new Amendment(row.get("id", Long.class), row.get("claim_id", UUID.class),
                row.get("budget_line_code", String.class), row.get("year", Integer.class),
                row.get("old_amount", BigDecimal.class), row.get("change", BigDecimal.class),
                row.get("new_amount", BigDecimal.class), row.get("reference", String.class),
                row.get("created_by", String.class), utc(row.get("created_at", OffsetDateTime.class)));
    }

    private static OffsetDateTime utc(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
