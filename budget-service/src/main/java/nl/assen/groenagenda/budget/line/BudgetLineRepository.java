package nl.assen.groenagenda.budget.line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.assen.groenagenda.budget.capital.CapitalChargeCalculator;
import nl.assen.groenagenda.budget.capital.FirstDepreciation;
import nl.assen.groenagenda.budget.capital.Investment;
import nl.assen.groenagenda.budget.capital.Method;
import nl.assen.groenagenda.platform.paging.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class BudgetLineRepository {

    private static final String LINE_COLUMNS = """
            SELECT l.code, l.name, l.description, l.taakveld_code, t.name AS taakveld_name, l.kind, l.department,
                   l.depreciation_method, l.term_years, l.interest_rate, l.first_depreciation
            FROM budget_line l JOIN taakveld t ON t.code = l.taakveld_code""";

    private final DatabaseClient db;

    BudgetLineRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Boolean> exists(String code) {
        return db.sql("SELECT 1 FROM budget_line WHERE code = :code").bind("code", code)
                .map((row, meta) -> true).one().defaultIfEmpty(false);
    }

    Mono<Long> count() {
        return db.sql("SELECT count(*) AS n FROM budget_line").map((row, meta) -> row.get("n", Long.class)).one();
    }

    Flux<BudgetLine.Summary> page(PageRequest page) {
        return db.sql(LINE_COLUMNS + " ORDER BY l.code LIMIT :limit OFFSET :offset")
                .bind("limit", page.pageSize())
                .bind("offset", page.offset())
                .map((row, meta) -> new BudgetLine.Summary(
                        row.get("code", String.class), row.get("name", String.class),
                        row.get("description", String.class), row.get("taakveld_code", String.class),
                        row.get("taakveld_name", String.class),
                        BudgetLine.Kind.valueOf(row.get("kind", String.class)), row.get("department", String.class)))
                .all();
    }

    private record Head(BudgetLine.Summary summary, BudgetLine.CapitalParameters parameters) {
    }

    Mono<BudgetLine> find(String code) {
        Mono<Head> head = db.sql(LINE_COLUMNS + " WHERE l.code = :code")
                .bind("code", code)
                .map((row, meta) -> {
                    String method = row.get("depreciation_method", String.class);
                    var parameters = method == null ? null : new BudgetLine.CapitalParameters(
                            Method.valueOf(method), row.get("term_years", Integer.class),
                            row.get("interest_rate", BigDecimal.class),
                            FirstDepreciation.valueOf(row.get("first_depreciation", String.class)));
                    return new Head(new BudgetLine.Summary(
                            row.get("code", String.class), row.get("name", String.class),
                            row.get("description", String.class), row.get("taakveld_code", String.class),
                            row.get("taakveld_name", String.class),
                            BudgetLine.Kind.valueOf(row.get("kind", String.class)),
                            row.get("department", String.class)), parameters);
                })
                .one();
        return head.flatMap(found -> Mono.zip(years(code), incomes(code)).map(parts -> {
            Map<Integer, List<BudgetYear.IncomeSource>> income = parts.getT2();
            List<BudgetYear> years = new ArrayList<>();
            for (YearRow row : parts.getT1()) {
                List<BudgetYear.IncomeSource> sources = income.getOrDefault(row.year, List.of());
                BigDecimal structural = sources.stream().map(BudgetYear.IncomeSource::structural)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                BigDecimal oneOff = sources.stream().map(BudgetYear.IncomeSource::oneOff)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                BigDecimal budget = row.expensesStructural.add(row.expensesOneOff);
                years.add(new BudgetYear(row.year, BudgetYear.Amounts.of(row.expensesStructural, row.expensesOneOff),
                        BudgetYear.Amounts.of(structural, oneOff), sources, row.status, row.kaderbriefYear,
                        row.staffHours, row.reserved, row.realised, budget.subtract(row.reserved).subtract(row.realised)));
            }
            var s = found.summary();
            return new BudgetLine(s.code(), s.name(), s.description(), s.taakveld(), s.taakveldName(), s.kind(),
                    s.department(), found.parameters(), years, schedule(found.parameters(), years));
        }));
    }

    /** Each year's expenses of an investment line are that year's investment, with the line's parameters. */
    private static List<nl.assen.groenagenda.budget.capital.ScheduleYear> schedule(BudgetLine.CapitalParameters p,
                                                                                 List<BudgetYear> years) {
        if (p == null) {
            return null;
        }
        List<Investment> investments = years.stream()
                .filter(year -> year.expenses().total().signum() > 0)
                .map(year -> new Investment(year.expenses().total(), year.year(), p.method(), p.termYears(),
                        p.interestRate(), p.firstDepreciation(), null))
                .toList();
        return CapitalChargeCalculator.schedule(investments);
    }

    private record YearRow(int year, BigDecimal expensesStructural, BigDecimal expensesOneOff, BudgetYear.Status status,
                           Integer kaderbriefYear, BigDecimal staffHours, BigDecimal reserved, BigDecimal realised) {
    }

    private Mono<List<YearRow>> years(String code) {
        return db.sql("""
                        SELECT year, expenses_structural, expenses_one_off, status, kaderbrief_year,
                               staff_hours_per_week, reserved, realised
                        FROM budget_year WHERE budget_line_code = :code ORDER BY year""")
                .bind("code", code)
                .map((row, meta) -> new YearRow(row.get("year", Integer.class),
                        row.get("expenses_structural", BigDecimal.class), row.get("expenses_one_off", BigDecimal.class),
                        BudgetYear.Status.valueOf(row.get("status", String.class)),
                        row.get("kaderbrief_year", Integer.class), row.get("staff_hours_per_week", BigDecimal.class),
                        row.get("reserved", BigDecimal.class), row.get("realised", BigDecimal.class)))
                .all()
                .collectList();
    }

    private Mono<Map<Integer, List<BudgetYear.IncomeSource>>> incomes(String code) {
        record Row(int year, BudgetYear.IncomeSource source) {
        }
        return db.sql("""
                        SELECT year, party, structural, one_off FROM budget_income
                        WHERE budget_line_code = :code ORDER BY year, party""")
                .bind("code", code)
                .map((row, meta) -> new Row(row.get("year", Integer.class), new BudgetYear.IncomeSource(
                        row.get("party", String.class), row.get("structural", BigDecimal.class),
                        row.get("one_off", BigDecimal.class))))
                .all()
                .collect(Collectors.groupingBy(Row::year, Collectors.mapping(Row::source, Collectors.toList())));
    }
}
