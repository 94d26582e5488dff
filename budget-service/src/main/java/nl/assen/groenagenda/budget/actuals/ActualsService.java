package nl.assen.groenagenda.budget.actuals;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.assen.groenagenda.budget.audit.AuditLog;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Stores an import of actuals in one transaction: every booking of each line/year/month in the file
 * replaces whatever an earlier import stored for that line/year/month (the export is the financial
 * system's truth for those months), and nothing else changes. Imports are serialised by a
 * transaction-level advisory lock, so two imports of the same month never leave both sets behind.
 */
@Service
class ActualsService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** An arbitrary constant: the advisory lock that serialises imports of actuals. */
    private static final long IMPORT_LOCK = 4_008_001L;

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final AuditLog audit;

    ActualsService(DatabaseClient db, TransactionalOperator transaction, AuditLog audit) {
        this.db = db;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** Of the given codes, those that are not budget lines. */
    Mono<Set<String>> unknownLines(Collection<String> codes) {
        return db.sql("SELECT code FROM budget_line WHERE code = ANY(:codes)")
                .bind("codes", codes.toArray(String[]::new))
                .map((Readable row) -> row.get("code", String.class)).all().collectList()
                .map(known -> {
                    Set<String> unknown = new java.util.HashSet<>(codes);
                    known.forEach(unknown::remove);
                    return unknown;
                });
    }

    Mono<ImportReport> store(String actor, List<ActualsCsv.Row> rows) {
        UUID id = UUID.randomUUID();
        Map<MonthKey, BigDecimal> imported = new TreeMap<>();
        Map<MonthKey, Integer> bookings = new TreeMap<>();
        for (ActualsCsv.Row row : rows) {
            MonthKey key = new MonthKey(row.budgetLineCode(), row.year(), row.month());
            imported.merge(key, row.amount(), BigDecimal::add);
            bookings.merge(key, 1, Integer::sum);
        }
        List<MonthKey> keys = List.copyOf(imported.keySet());
        Mono<ImportReport> work = db.sql("SELECT pg_advisory_xact_lock(:lock)").bind("lock", IMPORT_LOCK)
                .map((Readable row) -> 1).one()
                .then(db.sql("""
                                DELETE FROM actual a
                                USING unnest(CAST(:codes AS VARCHAR[]), CAST(:years AS INTEGER[]), CAST(:months AS INTEGER[]))
                                      AS k (code, year, month)
                                WHERE a.budget_line_code = k.code AND a.year = k.year AND a.month = k.month
                                RETURNING a.budget_line_code, a.year, a.month, a.amount""")
                        .bind("codes", keys.stream().map(MonthKey::budgetLineCode).toArray(String[]::new))
                        .bind("years", keys.stream().map(MonthKey::year).toArray(Integer[]::new))
                        .bind("months", keys.stream().map(MonthKey::month).toArray(Integer[]::new))
                        .map((Readable row) -> Map.entry(new MonthKey(row.get("budget_line_code", String.class),
                                row.get("year", Integer.class), row.get("month", Integer.class)),
                                row.get("amount", BigDecimal.class)))
                        .all()
                        .collect(TreeMap<MonthKey, BigDecimal>::new, (map, e) -> map.merge(e.getKey(), e.getValue(), BigDecimal::add)))
                .flatMap(replaced -> db.sql("INSERT INTO actuals_import (id, imported_by, row_count) VALUES (:id, :actor, :rows)")
                        .bind("id", id).bind("actor", actor).bind("rows", rows.size()).then()
                        .then(db.sql("""
                                        INSERT INTO actual (import_id, budget_line_code, year, month, amount, description, row_number)
                                        SELECT :id, k.code, k.year, k.month, k.amount, NULLIF(k.description, ''), k.row_number
                                        FROM unnest(CAST(:codes AS VARCHAR[]), CAST(:years AS INTEGER[]),
                                                    CAST(:months AS INTEGER[]), CAST(:amounts AS NUMERIC[]),
                                                    CAST(:descriptions AS VARCHAR[]), CAST(:numbers AS INTEGER[]))
                                             AS k (code, year, month, amount, description, row_number)""")
                                .bind("id", id)
                                .bind("codes", rows.stream().map(ActualsCsv.Row::budgetLineCode).toArray(String[]::new))
                                .bind("years", rows.stream().map(ActualsCsv.Row::year).toArray(Integer[]::new))
                                .bind("months", rows.stream().map(ActualsCsv.Row::month).toArray(Integer[]::new))
                                .bind("amounts", rows.stream().map(ActualsCsv.Row::amount).toArray(BigDecimal[]::new))
                                .bind("descriptions", rows.stream().map(r -> r.description() == null ? "" : r.description())
                                        .toArray(String[]::new))
                                .bind("numbers", rows.stream().map(ActualsCsv.Row::number).toArray(Integer[]::new))
                                .then())
                        .then(Mono.fromSupplier(() -> report(id, actor, rows.size(), imported, bookings, replaced))))
                .flatMap(report -> audit.record(actor, "actuals_import", id.toString(), "IMPORT", null, null, report)
                        .thenReturn(report));
        return transaction.transactional(work);
    }

    private static ImportReport report(UUID id, String actor, int rowCount, Map<MonthKey, BigDecimal> imported,
                                       Map<MonthKey, Integer> bookings, Map<MonthKey, BigDecimal> replaced) {
        List<ImportReport.Month> months = new ArrayList<>();
        imported.forEach((key, amount) -> months.add(new ImportReport.Month(key.budgetLineCode(), key.year(),
                key.month(), bookings.get(key), amount.setScale(2), replaced.containsKey(key),
                replaced.containsKey(key) ? replaced.get(key).setScale(2) : null)));
        int replacedMonths = (int) months.stream().filter(ImportReport.Month::replaced).count();
        return new ImportReport(id, actor, rowCount, months.size(), replacedMonths, months);
    }

    /** The line's budget and actuals in one fiscal year, month by month. */
    Mono<ActualsView> view(String code, int year) {
        Mono<BigDecimal[]> budget = db.sql("""
                        SELECT expenses_structural + expenses_one_off AS budget, reserved, realised
                        FROM budget_year WHERE budget_line_code = :code AND year = :year""")
                .bind("code", code).bind("year", year)
                .map((Readable row) -> new BigDecimal[] {row.get("budget", BigDecimal.class),
                        row.get("reserved", BigDecimal.class), row.get("realised", BigDecimal.class)})
                .one()
                .defaultIfEmpty(new BigDecimal[] {ZERO, ZERO, ZERO});
        Mono<Map<Integer, BigDecimal>> perMonth = db.sql("""
                        SELECT month, sum(amount) AS amount FROM actual
                        WHERE budget_line_code = :code AND year = :year GROUP BY month""")
                .bind("code", code).bind("year", year)
                .map((Readable row) -> Map.entry(row.get("month", Integer.class), row.get("amount", BigDecimal.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        return Mono.zip(budget, perMonth).map(found -> ActualsView.of(code, year, found.getT1()[0].setScale(2),
                found.getT1()[1].setScale(2), found.getT1()[2].setScale(2), found.getT2()));
    }

    record MonthKey(String budgetLineCode, int year, int month) implements Comparable<MonthKey> {
        @Override
        public int compareTo(MonthKey other) {
            int byCode = budgetLineCode.compareTo(other.budgetLineCode);
            if (byCode != 0) {
                return byCode;
            }
            return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
        }
    }
}
