package nl.assen.groenagenda.budget.kaderbrief;

import static nl.assen.groenagenda.budget.support.Callers.finance;
import static nl.assen.groenagenda.budget.support.Callers.workflowServiceAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.budget.support.TestBudgetLines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The workflow files a claim from a service task that may run twice: an Idempotency-Key makes the
 * second filing find the first. Cycles 2080-2089 are this class's own (KaderbriefTest uses 2090 on).
 */
@SpringBootTest
@AutoConfigureWebTestClient
class ClaimIdempotencyTest {

    private static final String CYCLES = "/api/budget/v1/kaderbrief-cycles";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @BeforeEach
    void removeTestCycles() {
        for (String sql : List.of(
                "DELETE FROM kaderbrief_claim_amount WHERE claim_id IN "
                        + "(SELECT id FROM kaderbrief_claim WHERE cycle_year BETWEEN 2080 AND 2089)",
                "DELETE FROM kaderbrief_claim WHERE cycle_year BETWEEN 2080 AND 2089",
                "DELETE FROM kaderbrief_cycle WHERE year BETWEEN 2080 AND 2089")) {
            db.sql(sql).then().block();
        }
    }

    @Test
    void theSameKeyWithTheSameBodyAnswersTheFirstClaimOnce() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("1000.00"));
        cycle(2081);
        Map<String, Object> claim = claim(code, "item-1", "Meer bomen in de wijk.");

        Map<String, Object> first = file(workflowServiceAccount(), 2081, "pi-1:fileClaim", claim)
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        Map<String, Object> again = file(workflowServiceAccount(), 2081, "pi-1:fileClaim", claim)
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();

        assertThat(again).isEqualTo(first);
        assertThat(claimsIn(2081)).isEqualTo(1L);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflictAndFilesNothing() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("1000.00"));
        cycle(2082);
        file(workflowServiceAccount(), 2082, "pi-2:fileClaim", claim(code, "item-2", "Eerste motivering."))
                .expectStatus().isCreated();

        file(workflowServiceAccount(), 2082, "pi-2:fileClaim", claim(code, "item-2", "Andere motivering."))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:idempotency-key-reused")
                .jsonPath("$.claimId").exists();
        file(workflowServiceAccount(), 2082, "pi-2:fileClaim", claim(code, "item-3", "Eerste motivering."))
                .expectStatus().isEqualTo(409);
        assertThat(claimsIn(2082)).isEqualTo(1L);
    }

    @Test
    void aRetryAfterTheCycleClosedStillFindsTheClaimFiledWhileItWasOpen() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("1000.00"));
        cycle(2083);
        Map<String, Object> claim = claim(code, "item-4", "Meer bomen in de wijk.");
        file(workflowServiceAccount(), 2083, "pi-4:fileClaim", claim).expectStatus().isCreated();
        client.mutateWith(finance()).post().uri(CYCLES + "/2083/status").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "SENT_TO_COLLEGE")).exchange().expectStatus().isOk();

        file(workflowServiceAccount(), 2083, "pi-4:fileClaim", claim).expectStatus().isOk();
    }

    @Test
    void aKeyIsPerCallerAndWithoutAKeyFilingIsAsBefore() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("1000.00"));
        cycle(2084);
        file(workflowServiceAccount(), 2084, "shared-key", claim(code, "item-5", "Motivering.")).expectStatus().isCreated();
        file(finance(), 2084, "shared-key", claim(code, "item-6", "Motivering.")).expectStatus().isCreated();
        file(finance(), 2084, null, claim(code, "item-7", "Motivering.")).expectStatus().isCreated();
        file(finance(), 2084, null, claim(code, "item-7", "Motivering.")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:claim-exists");
        file(finance(), 2084, " ", claim(code, "item-8", "Motivering.")).expectStatus().isBadRequest();
        assertThat(claimsIn(2084)).isEqualTo(3L);
    }

    private void cycle(int year) {
        client.mutateWith(finance()).post().uri(CYCLES).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("year", year, "claimDeadline", "2079-02-01", "collegeDate", "2079-05-01",
                        "councilDate", "2079-07-01"))
                .exchange().expectStatus().isCreated();
    }

    /** A claim as the workflow files it: the agenda item's costs per year. */
    private static Map<String, Object> claim(String code, String item, String motivation) {
        return Map.of("budgetLineCode", code, "agendaItemId", item, "motivation", motivation,
                "amounts", List.of(Map.of("year", 2030, "amount", 25000, "recurring", true),
                        Map.of("year", 2031, "amount", 5000.50, "recurring", false)));
    }

    private WebTestClient.ResponseSpec file(JwtMutator caller, int year, String key, Map<String, Object> body) {
        var request = client.mutateWith(caller).post().uri(CYCLES + "/" + year + "/claims")
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange();
    }

    private Long claimsIn(int year) {
        return db.sql("SELECT count(*) AS n FROM kaderbrief_claim WHERE cycle_year = :year").bind("year", year)
                .map((row, meta) -> row.get("n", Long.class)).one().block();
    }
}
