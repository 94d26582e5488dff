package nl.assen.groenagenda.budget.line;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Changes to budget lines and their years by finance staff. Each change is one transaction that first
 * sets {@code groenagenda.actor} and {@code groenagenda.reason} (transaction-local), so the audit
 * triggers of V2 record who changed what and why together with the change itself.
 *
 * <p>A year's change is one upsert whose UPDATE only applies while the new budget still covers what is
 * reserved and realised on it. The upsert locks the row, so a reservation arriving at the same moment
 * (a conditional UPDATE of the same row, see ReservationService) is decided either before or after it,
 * never in between; a budget below reserved + realised is refused with 409 naming the amounts.
 */
@Service
class BudgetLineEditService {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final BudgetLineRepository lines;

    BudgetLineEditService(DatabaseClient db, TransactionalOperator transaction, BudgetLineRepository lines) {
        this.db = db;
        this.transaction = transaction;
        this.lines = lines;
    }

    record NewLine(String code, String name, String description, String taakveld, BudgetLine.Kind kind,
                   String department, BudgetLine.CapitalParameters parameters) {
    }

    record YearChange(BigDecimal expensesStructural, BigDecimal expensesOneOff, BudgetYear.Status status,
                      Integer kaderbriefYear, BigDecimal staffHoursPerWeek) {
    }

    Mono<Boolean> taakveldExists(String code) {
        return db.sql("SELECT 1 FROM taakveld WHERE code = :code").bind("code", code)
                .map((Readable row) -> true).one().defaultIfEmpty(false);
    }

    Mono<BudgetLine> create(String actor, String reason, NewLine line) {
        BudgetLine.CapitalParameters p = line.parameters();
        var insert = db.sql("""
                        INSERT INTO budget_line (code, name, description, taakveld_code, kind, department,
                                                 depreciation_method, term_years, interest_rate, first_depreciation)
                        VALUES (:code, :name, :description, :taakveld, :kind, :department,
                                :method, :term, :rate, :first)
                        ON CONFLICT (code) DO NOTHING RETURNING code""")
                .bind("code", line.code()).bind("name", line.name()).bind("description", line.description())
                .bind("taakveld", line.taakveld()).bind("kind", line.kind().name()).bind("department", line.department());
        insert = p == null
                ? insert.bindNull("method", String.class).bindNull("term", Integer.class)
                        .bindNull("rate", BigDecimal.class).bindNull("first", String.class)
                : insert.bind("method", p.method().name()).bind("term", p.termYears())
                        .bind("rate", p.interestRate()).bind("first", p.firstDepreciation().name());
        var statement = insert;
        Mono<BudgetLine> work = auditContext(actor, reason)
                .then(statement.map((Readable row) -> row.get("code", String.class)).one())
                .switchIfEmpty(Mono.error(() -> new ProblemException(Problem.of(HttpStatus.CONFLICT, "line-exists",
                        "Begrotingsregel bestaat al", "Er is al een begrotingsregel met code " + line.code() + ".")
                        .with("budgetLineCode", line.code()))))
                .flatMap(lines::find);
        return transaction.transactional(work);
    }

    Mono<BudgetLine> changeYear(String actor, String reason, String code, int year, YearChange change) {
        var upsert = db.sql("""
                        INSERT INTO budget_year (budget_line_code, year, expenses_structural, expenses_one_off, status,
                                                 kaderbrief_year, staff_hours_per_week)
                        VALUES (:code, :year, :structural, :oneOff, :status, :kaderbriefYear, :hours)
                        ON CONFLICT (budget_line_code, year) DO UPDATE SET
                            expenses_structural = EXCLUDED.expenses_structural,
                            expenses_one_off = EXCLUDED.expenses_one_off,
                            status = EXCLUDED.status,
                            kaderbrief_year = EXCLUDED.kaderbrief_year,
                            staff_hours_per_week = EXCLUDED.staff_hours_per_week
                        WHERE budget_year.reserved + budget_year.realised
                              <= EXCLUDED.expenses_structural + EXCLUDED.expenses_one_off
                        RETURNING year""")
                .bind("code", code).bind("year", year)
                .bind("structural", change.expensesStructural()).bind("oneOff", change.expensesOneOff())
                .bind("status", change.status().name());
        upsert = change.kaderbriefYear() == null ? upsert.bindNull("kaderbriefYear", Integer.class)
                : upsert.bind("kaderbriefYear", change.kaderbriefYear());
        upsert = change.staffHoursPerWeek() == null ? upsert.bindNull("hours", BigDecimal.class)
                : upsert.bind("hours", change.staffHoursPerWeek());
        var statement = upsert;
        BigDecimal budget = change.expensesStructural().add(change.expensesOneOff());
        Mono<BudgetLine> work = db.sql("SELECT 1 FROM budget_line WHERE code = :code FOR SHARE").bind("code", code)
                .map((Readable row) -> true).one()
                .switchIfEmpty(Mono.error(BudgetLineEditService::unknownLine))
                .then(auditContext(actor, reason))
                .then(statement.map((Readable row) -> row.get("year", Integer.class)).one())
                .switchIfEmpty(Mono.defer(() -> belowCommitted(code, year, budget)))
                .then(Mono.defer(() -> lines.find(code)));
        return transaction.transactional(work);
    }

    /** The row exists and its reserved + realised exceed the new budget: 409 naming the amounts. */
    private Mono<Integer> belowCommitted(String code, int year, BigDecimal budget) {
        return db.sql("SELECT reserved, realised FROM budget_year WHERE budget_line_code = :code AND year = :year")
                .bind("code", code).bind("year", year)
                .map((Readable row) -> new BigDecimal[] {row.get("reserved", BigDecimal.class),
                        row.get("realised", BigDecimal.class)})
                .one()
                .flatMap(found -> {
                    BigDecimal committed = found[0].add(found[1]);
                    return Mono.error(new ProblemException(Problem.of(HttpStatus.CONFLICT, "budget-below-committed",
                                    "Budget lager dan gereserveerd en gerealiseerd",
                                    "Het nieuwe budget " + budget.toPlainString() + " voor " + code + " in " + year
                                            + " is lager dan gereserveerd (" + found[0].toPlainString()
                                            + ") plus gerealiseerd (" + found[1].toPlainString() + ") = "
                                            + committed.toPlainString() + ".")
                            .with("budgetLineCode", code).with("year", year)
                            .with("budget", budget).with("reserved", found[0]).with("realised", found[1])
                            .with("shortfall", committed.subtract(budget))));
                });
    }

    private Mono<Void> auditContext(String actor, String reason) {
        return db.sql("SELECT set_config('groenagenda.actor', :actor, true), set_config('groenagenda.reason', :reason, true)")
                .bind("actor", actor).bind("reason", reason).map((Readable row) -> 1).one().then();
    }

    static ProblemException unknownLine() {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Er is geen begrotingsregel met deze code."));
    }
}
