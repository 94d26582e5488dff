package nl.assen.groenagenda.budget.kaderbrief;

import static nl.assen.groenagenda.budget.support.Callers.finance;
import static nl.assen.groenagenda.budget.support.Callers.workflowServiceAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An amount still to be weighed in a Kaderbrief is not money yet: it covers nothing and cannot be
 * reserved on. When the council honours the claim, the granted amount replaces that placeholder and the
 * year is adopted (Meedoen in het Groen: EUR 125,000 to be weighed becomes EUR 125,000 adopted, not 250,000).
 */
@SpringBootTest
@AutoConfigureWebTestClient
class OnlyAdoptedBudgetCoversTest {

    private static final String API = "/api/budget/v1";
    private static final int CYCLE = 2095;
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    private String code;

    @BeforeEach
    void aLineWithAYearToBeWeighed() {
        for (String sql : List.of(
                "DELETE FROM budget_amendment WHERE claim_id IN (SELECT id FROM kaderbrief_claim WHERE cycle_year = " + CYCLE + ")",
                "DELETE FROM kaderbrief_claim_amount WHERE claim_id IN (SELECT id FROM kaderbrief_claim WHERE cycle_year = " + CYCLE + ")",
                "DELETE FROM kaderbrief_claim WHERE cycle_year = " + CYCLE,
                "DELETE FROM kaderbrief_cycle WHERE year = " + CYCLE)) {
            db.sql(sql).then().block();
        }
        code = "ZZ-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        db.sql("""
                        INSERT INTO budget_line (code, name, description, taakveld_code, kind, department)
                        VALUES (:code, 'Testregel', 'Alleen voor een test.', '5.7', 'OPERATING', 'openbare-ruimte')""")
                .bind("code", code).then().block();
        db.sql("""
                        INSERT INTO budget_year (budget_line_code, year, expenses_structural, status, kaderbrief_year)
                        VALUES (:code, 2040, 125000.00, 'TO_BE_WEIGHED', :cycle)""")
                .bind("code", code).bind("cycle", CYCLE).then().block();
    }

    private Map<String, Object> post(String path, Object body, int status) {
        return client.mutateWith(finance()).post().uri(API + path).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).bodyValue(body)
                .exchange().expectStatus().isEqualTo(status).expectBody(JSON).returnResult().getResponseBody();
    }

    @Test
    void aYearToBeWeighedCoversNothingAndIsNotReserved() {
        var coverage = post("/coverage-checks", Map.of("budgetLineCode", code,
                "costs", List.of(Map.of("year", 2040, "amount", 1))), 200);
        assertThat(coverage.get("covered")).isEqualTo(false);
        var refused = post("/reservations", Map.of("budgetLineCode", code, "year", 2040, "amount", 1,
                "agendaItemId", "item-x"), 409);
        assertThat(new BigDecimal(refused.get("available").toString())).isEqualByComparingTo("0");
    }

    @Test
    void anHonouredClaimReplacesThePlaceholderAndAdoptsTheYear() {
        post("/kaderbrief-cycles", Map.of("year", CYCLE, "claimDeadline", "2094-02-01",
                "collegeDate", "2094-05-01", "councilDate", "2094-07-01"), 201);
        String claimId = (String) client.mutateWith(workflowServiceAccount()).post()
                .uri(API + "/kaderbrief-cycles/" + CYCLE + "/claims").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("budgetLineCode", code, "agendaItemId", "item-meedoen", "motivation", "Meedoen",
                        "amounts", List.of(Map.of("year", 2040, "amount", 125000, "recurring", true))))
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
        for (String status : List.of("SENT_TO_COLLEGE", "SENT_TO_COUNCIL")) {
            post("/kaderbrief-cycles/" + CYCLE + "/status", Map.of("status", status), 200);
        }
        post("/kaderbrief-cycles/" + CYCLE + "/decisions", Map.of("claimId", claimId, "outcome", "HONOURED",
                "reference", "Raadsbesluit test"), 200);

        var year = db.sql("SELECT expenses_structural, status FROM budget_year WHERE budget_line_code = :code AND year = 2040")
                .bind("code", code)
                .map((row, meta) -> Map.of("amount", row.get("expenses_structural", BigDecimal.class),
                        "status", row.get("status", String.class)))
                .one().block();
        assertThat((BigDecimal) year.get("amount")).isEqualByComparingTo("125000.00");
        assertThat(year.get("status")).isEqualTo("ADOPTED");
        post("/reservations", Map.of("budgetLineCode", code, "year", 2040, "amount", 125000,
                "agendaItemId", "item-meedoen"), 201);
    }
}
