package nl.assen.groenagenda.budget.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.assen.groenagenda.platform.web.JsonInput;
import nl.assen.groenagenda.platform.web.Problem;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The coverage check (issue 4, item 5): are an agenda item's costs per year covered by what is still
 * available on its budget line? A pure read: it reserves nothing, so the answer can be outdated by the
 * time a reservation is made; the reservation itself is what never overcommits. Costs of the same year
 * are added up; a year the line has no amount for has nothing available, and neither has a year whose
 * amount is only proposed or still to be weighed in a Kaderbrief: only an adopted budget covers.
 */
@RestController
class CoverageController {

    private final DatabaseClient db;
    private final ObjectMapper mapper;

    CoverageController(DatabaseClient db, ObjectMapper mapper) {
        this.db = db;
        this.mapper = mapper;
    }

    @PostMapping("/api/budget/v1/coverage-checks")
    Mono<CoverageResult> check(@RequestBody(required = false) String body) {
        JsonInput input = JsonInput.parse(mapper, body);
        String code = input.text("budgetLineCode", true, 40, false);
        String agendaItemId = input.text("agendaItemId", false, 64, true);
        Map<Integer, BigDecimal> requested = costs(input, body);
        Mono<List<Problem.InvalidParam>> problems = code == null ? Mono.just(input.problems())
                : db.sql("SELECT 1 FROM budget_line WHERE code = :code").bind("code", code)
                        .map((row, meta) -> true).one().defaultIfEmpty(false)
                        .map(exists -> {
                            List<Problem.InvalidParam> all = new ArrayList<>(input.problems());
                            if (!exists) {
                                all.add(new Problem.InvalidParam("budgetLineCode", "Er is geen begrotingsregel met deze code."));
                            }
                            return all;
                        });
        return problems.flatMap(invalid -> {
            if (!invalid.isEmpty()) {
                return Mono.error(JsonInput.invalidInput(invalid));
            }
            return available(code, requested.keySet()).map(available -> result(code, agendaItemId, requested, available));
        });
    }

    /** {@code costs}: a non-empty array of {@code {"year", "amount"}}; other fields of a cost are ignored. */
    private Map<Integer, BigDecimal> costs(JsonInput input, String body) {
        Map<Integer, BigDecimal> perYear = new TreeMap<>();
        for (JsonLists.Element cost : JsonLists.elements(mapper, body, "costs", true, input)) {
            Integer year = cost.fields().integer("year", true, 2000, 2100);
            BigDecimal amount = cost.fields().amount("amount", true, true);
            cost.report(input);
            if (year != null && amount != null) {
                perYear.merge(year, amount, BigDecimal::add);
            }
        }
        return perYear;
    }

    private Mono<Map<Integer, BigDecimal>> available(String code, java.util.Set<Integer> years) {
        return db.sql("""
                        SELECT year, CASE WHEN status = 'ADOPTED' THEN expenses_structural + expenses_one_off ELSE 0 END
                               - reserved - realised AS available
                        FROM budget_year WHERE budget_line_code = :code AND year = ANY(:years)""")
                .bind("code", code)
                .bind("years", years.toArray(new Integer[0]))
                .map((row, meta) -> Map.entry(row.get("year", Integer.class), row.get("available", BigDecimal.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static CoverageResult result(String code, String agendaItemId, Map<Integer, BigDecimal> requested,
                                         Map<Integer, BigDecimal> available) {
        List<CoverageResult.Year> years = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (var cost : requested.entrySet()) {
            BigDecimal free = available.getOrDefault(cost.getKey(), BigDecimal.ZERO).setScale(2);
            BigDecimal shortfall = cost.getValue().subtract(free).max(BigDecimal.ZERO).setScale(2);
            years.add(new CoverageResult.Year(cost.getKey(), cost.getValue().setScale(2), free,
                    shortfall.signum() == 0, shortfall));
            total = total.add(shortfall);
        }
        return new CoverageResult(code, agendaItemId, total.signum() == 0, total, years);
    }
}
