package nl.assen.groenagenda.budget.overview;

import static nl.assen.groenagenda.budget.support.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.budget.support.TestBudgetLines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every figure of the overview, and every total, against the same figures computed independently
 * from the tables, to the cent and with the scale the API has always shown (two decimals for euros,
 * none for thousands); and the JSON exactly as the application's ObjectMapper writes the record.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class OverviewFiguresTest {

    private static final String OVERVIEW = "/api/budget/v1/overview";
    private static final List<String> MEASURES = List.of("budget", "reserved", "realised", "available", "pendingClaims");
    /** A Kaderbrief cycle of this test's own, far from the years other tests use. */
    private static final int CYCLE = 2077;

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    OverviewService overviews;

    /** Reads numbers as they are written: 12.50 stays 12.50, and large amounts are not rounded by a double. */
    private JsonNode json(String query) throws IOException {
        byte[] body = client.mutateWith(user("raad")).get().uri(OVERVIEW + query).accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(body);
    }

    private static BigDecimal[] expectedFigures(BigDecimal budget, BigDecimal reserved, BigDecimal realised,
                                                BigDecimal pending) {
        return new BigDecimal[] {budget, reserved, realised, budget.subtract(reserved).subtract(realised), pending};
    }

    /** Per line code, in order of code: the figures per year, straight from the tables. */
    private Map<String, List<BigDecimal[]>> fromTheTables(int fromYear, int toYear) {
        Map<String, List<BigDecimal[]>> lines = new LinkedHashMap<>();
        db.sql("""
                        SELECT l.code, y.year,
                               COALESCE(b.expenses_structural, 0) + COALESCE(b.expenses_one_off, 0) AS budget,
                               COALESCE(b.reserved, 0) AS reserved, COALESCE(b.realised, 0) AS realised,
                               COALESCE((SELECT SUM(a.amount) FROM kaderbrief_claim c
                                         JOIN kaderbrief_claim_amount a ON a.claim_id = c.id
                                         WHERE c.status = 'PENDING' AND c.budget_line_code = l.code
                                           AND a.year = y.year), 0) AS pending
                        FROM budget_line l
                        CROSS JOIN generate_series(:fromYear, :toYear) AS y (year)
                        LEFT JOIN budget_year b ON b.budget_line_code = l.code AND b.year = y.year
                        ORDER BY l.code, y.year""")
                .bind("fromYear", fromYear).bind("toYear", toYear)
                .map((row, meta) -> Map.entry(row.get("code", String.class), expectedFigures(
                        row.get("budget", BigDecimal.class).setScale(2), row.get("reserved", BigDecimal.class).setScale(2),
                        row.get("realised", BigDecimal.class).setScale(2), row.get("pending", BigDecimal.class).setScale(2))))
                .all().toStream()
                .forEach(entry -> lines.computeIfAbsent(entry.getKey(), code -> new ArrayList<>()).add(entry.getValue()));
        return lines;
    }

    private static void assertFigures(JsonNode figures, BigDecimal[] expected, String what) {
        for (int m = 0; m < MEASURES.size(); m++) {
            assertThat(figures.get(MEASURES.get(m)).decimalValue()).as(what + " " + MEASURES.get(m)).isEqualTo(expected[m]);
        }
    }

    private static BigDecimal[] plus(BigDecimal[] sum, BigDecimal[] figures) {
        BigDecimal[] result = new BigDecimal[sum.length];
        for (int m = 0; m < sum.length; m++) {
            result[m] = sum[m].add(figures[m]);
        }
        return result;
    }

    private static BigDecimal[] zeros() {
        BigDecimal zero = new BigDecimal("0.00");
        return new BigDecimal[] {zero, zero, zero, zero, zero};
    }

    /** A line with structural and one-off expenses, reservations and realisations in two years and none in a third. */
    private String lineWithEverything() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("1000.10"));
        db.sql("""
                        INSERT INTO budget_year (budget_line_code, year, expenses_structural, expenses_one_off, status,
                                                 reserved, realised)
                        VALUES (:code, 2031, 500.05, 250.50, 'ADOPTED', 100.01, 50.02),
                               (:code, 2033, 9999999.99, 9999999.99, 'ADOPTED', 0.01, 9999999.99)""")
                .bind("code", code).then().block();
        db.sql("""
                        INSERT INTO kaderbrief_cycle (year, claim_deadline, college_date, council_date, status)
                        VALUES (:year, '2077-01-15', '2077-03-01', '2077-06-01', 'OPEN')
                        ON CONFLICT (year) DO NOTHING""")
                .bind("year", CYCLE).then().block();
        claim(code, "PENDING", Map.of(2031, "75.25", 2030, "10.00"));
        claim(code, "PENDING", Map.of(2031, "0.75"));
        claim(code, "HONOURED", Map.of(2031, "5000.00"));
        return code;
    }

    private void claim(String code, String status, Map<Integer, String> amounts) {
        UUID id = UUID.randomUUID();
        boolean decided = !status.equals("PENDING");
        db.sql("""
                        INSERT INTO kaderbrief_claim (id, cycle_year, budget_line_code, agenda_item_id, motivation, status,
                                                      created_by, decision_reference, decided_by, decided_at)
                        VALUES (:id, :cycle, :code, :item, 'Voor de test van het overzicht.', :status, 'test',
                                CASE WHEN :decided THEN 'besluit' END, CASE WHEN :decided THEN 'raad' END,
                                CASE WHEN :decided THEN now() END)""")
                .bind("id", id).bind("cycle", CYCLE).bind("code", code).bind("item", "item-" + id)
                .bind("status", status).bind("decided", decided).then().block();
        amounts.forEach((year, amount) -> db.sql("""
                        INSERT INTO kaderbrief_claim_amount (claim_id, year, amount, structural)
                        VALUES (:id, :year, :amount, true)""")
                .bind("id", id).bind("year", year).bind("amount", new BigDecimal(amount)).then().block());
    }

    @Test
    void everyFigureAndEveryTotalIsWhatTheTablesHold() throws IOException {
        String code = lineWithEverything();
        for (int[] range : new int[][] {{2029, 2034}, {2024, 2044}, {2031, 2031}}) {
            int fromYear = range[0];
            int toYear = range[1];
            Map<String, List<BigDecimal[]>> expected = fromTheTables(fromYear, toYear);
            JsonNode overview = json("?fromYear=" + fromYear + "&toYear=" + toYear);

            List<String> codes = new ArrayList<>();
            overview.get("lines").forEach(line -> codes.add(line.get("code").asText()));
            assertThat(codes).containsExactlyElementsOf(expected.keySet()).contains(code);
            List<BigDecimal[]> yearTotals = new ArrayList<>();
            for (int i = fromYear; i <= toYear; i++) {
                yearTotals.add(zeros());
            }
            BigDecimal[] overall = zeros();
            for (JsonNode line : overview.get("lines")) {
                String lineCode = line.get("code").asText();
                List<BigDecimal[]> years = expected.get(lineCode);
                assertThat(line.get("years")).hasSize(toYear - fromYear + 1);
                BigDecimal[] lineTotal = zeros();
                for (int i = 0; i < years.size(); i++) {
                    JsonNode figures = line.get("years").get(i);
                    assertThat(figures.get("year").asInt()).isEqualTo(fromYear + i);
                    assertFigures(figures, years.get(i), lineCode + " " + (fromYear + i));
                    lineTotal = plus(lineTotal, years.get(i));
                    yearTotals.set(i, plus(yearTotals.get(i), years.get(i)));
                }
                assertThat(line.get("total").get("year").isNull()).isTrue();
                assertFigures(line.get("total"), lineTotal, lineCode + " total");
                overall = plus(overall, lineTotal);
            }
            for (int i = 0; i < yearTotals.size(); i++) {
                assertThat(overview.get("totals").get(i).get("year").asInt()).isEqualTo(fromYear + i);
                assertFigures(overview.get("totals").get(i), yearTotals.get(i), "total " + (fromYear + i));
            }
            assertThat(overview.get("totals")).hasSize(yearTotals.size());
            assertFigures(overview.get("total"), overall, "overall total");
        }

        JsonNode mine = json("?fromYear=2030&toYear=2034");
        for (JsonNode line : mine.get("lines")) {
            if (line.get("code").asText().equals(code)) {
                JsonNode years = line.get("years");
                assertFigures(years.get(0), new BigDecimal[] {new BigDecimal("1000.10"), new BigDecimal("0.00"),
                        new BigDecimal("0.00"), new BigDecimal("1000.10"), new BigDecimal("10.00")}, "2030");
                assertFigures(years.get(1), new BigDecimal[] {new BigDecimal("750.55"), new BigDecimal("100.01"),
                        new BigDecimal("50.02"), new BigDecimal("600.52"), new BigDecimal("76.00")}, "2031");
                assertFigures(years.get(2), zeros(), "2032");
                assertFigures(years.get(3), new BigDecimal[] {new BigDecimal("19999999.98"), new BigDecimal("0.01"),
                        new BigDecimal("9999999.99"), new BigDecimal("9999999.98"), new BigDecimal("0.00")}, "2033");
                assertFigures(line.get("total"), new BigDecimal[] {new BigDecimal("20001750.63"),
                        new BigDecimal("100.02"), new BigDecimal("10000050.01"), new BigDecimal("10001600.60"),
                        new BigDecimal("86.00")}, "total");
            }
        }
    }

    @Test
    void inThousandsEveryFigureIsItsAmountInEurosRoundedHalfUpOnItsOwn() throws IOException {
        lineWithEverything();
        JsonNode euros = json("?fromYear=2029&toYear=2034");
        JsonNode thousands = json("?fromYear=2029&toYear=2034&unit=thousands");
        assertThat(thousands.get("unit").asText()).isEqualTo("THOUSANDS_OF_EUR");
        assertThat(thousands.get("lines")).hasSameSizeAs(euros.get("lines"));
        for (int l = 0; l < euros.get("lines").size(); l++) {
            JsonNode line = euros.get("lines").get(l);
            JsonNode inThousands = thousands.get("lines").get(l);
            for (int i = 0; i < line.get("years").size(); i++) {
                assertThousands(inThousands.get("years").get(i), line.get("years").get(i));
            }
            assertThousands(inThousands.get("total"), line.get("total"));
        }
        for (int i = 0; i < euros.get("totals").size(); i++) {
            assertThousands(thousands.get("totals").get(i), euros.get("totals").get(i));
        }
        assertThousands(thousands.get("total"), euros.get("total"));
    }

    private static void assertThousands(JsonNode thousands, JsonNode euros) {
        for (String measure : MEASURES) {
            assertThat(thousands.get(measure).decimalValue()).as(measure)
                    .isEqualTo(euros.get(measure).decimalValue().movePointLeft(3).setScale(0, RoundingMode.HALF_UP));
        }
    }

    @Test
    void theJsonIsExactlyWhatTheObjectMapperMakesOfTheOverview() {
        lineWithEverything();
        for (Unit unit : Unit.values()) {
            Overview overview = overviews.overview(2024, 2044).block().in(unit);
            byte[] served = client.mutateWith(user("raad")).get().uri(OVERVIEW + "?unit=" + unit.parameter())
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange().expectStatus().isOk()
                    .expectBody().returnResult().getResponseBody();
            assertThat(new String(served, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(OverviewJson.write(overview, mapper), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(OverviewJson.write(overview, mapper)).isEqualTo(mapperBytes(overview));
        }
        var awkward = new Overview(2030, 2030, Unit.EUR,
                List.of(new Overview.Line("A-1", "Naam met \"quotes\", é en \u2028", "5.7", "Groen\tblauw", "OPERATING",
                        List.of(new Overview.Figures(2030, new BigDecimal("0.00"), new BigDecimal("12.50"),
                                new BigDecimal("1E+3"), new BigDecimal("-1.25"), new BigDecimal("0"))),
                        new Overview.Figures(null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO,
                                new BigDecimal("123456789012345.67"), new BigDecimal("0.001")))),
                List.of(), new Overview.Figures(null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO));
        assertThat(OverviewJson.write(awkward, mapper)).isEqualTo(mapperBytes(awkward));
    }

    private byte[] mapperBytes(Overview overview) {
        try {
            return mapper.writeValueAsBytes(overview);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
