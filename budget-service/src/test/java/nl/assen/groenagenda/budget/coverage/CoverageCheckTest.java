package nl.assen.groenagenda.budget.coverage;

import static nl.assen.groenagenda.budget.support.Callers.finance;
import static nl.assen.groenagenda.budget.support.Callers.otherServiceAccount;
import static nl.assen.groenagenda.budget.support.Callers.user;
import static nl.assen.groenagenda.budget.support.Callers.workflowServiceAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.budget.support.TestBudgetLines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The coverage check against PostgreSQL: per year, with the shortfall, and reserving nothing. */
@SpringBootTest
@AutoConfigureWebTestClient
class CoverageCheckTest {

    private static final String CHECKS = "/api/budget/v1/coverage-checks";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    private WebTestClient.ResponseSpec check(JwtMutator caller, String body) {
        WebTestClient c = caller == null ? client : client.mutateWith(caller);
        return c.post().uri(CHECKS).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    @SuppressWarnings("unchecked")
    void coverageIsPerYearWithTheShortfallAndReservesNothing() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("100000.00"));
        client.mutateWith(finance()).post().uri("/api/budget/v1/reservations")
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"budgetLineCode\": \"" + code + "\", \"year\": 2030, \"amount\": 30000, \"agendaItemId\": \"a1\"}")
                .exchange().expectStatus().isCreated();

        var result = check(workflowServiceAccount(), """
                {"budgetLineCode": "%s", "agendaItemId": "item-7", "costs": [
                  {"year": 2031, "amount": 1000.50}, {"year": 2030, "amount": 50000}, {"year": 2030, "amount": 20000}]}"""
                .formatted(code))
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();

        assertThat(result).containsEntry("budgetLineCode", code).containsEntry("agendaItemId", "item-7")
                .containsEntry("covered", false);
        assertThat(new BigDecimal(result.get("shortfall").toString())).isEqualByComparingTo("1000.50");
        var years = (List<Map<String, Object>>) result.get("years");
        assertThat(years).extracting(year -> year.get("year")).containsExactly(2030, 2031);
        assertYear(years.get(0), "70000", "70000", true, "0");
        assertYear(years.get(1), "1000.50", "0", false, "1000.50");
        assertThat(TestBudgetLines.reserved(db, code, 2030)).isEqualByComparingTo("30000");

        var justOver = check(user("medewerker"), """
                {"budgetLineCode": "%s", "costs": [{"year": 2030, "amount": 70000.01}]}""".formatted(code))
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(justOver).containsEntry("covered", false);
        assertYear(((List<Map<String, Object>>) justOver.get("years")).get(0), "70000.01", "70000", false, "0.01");
    }

    private static void assertYear(Map<String, Object> year, String requested, String available, boolean covered,
                                   String shortfall) {
        assertThat(new BigDecimal(year.get("requested").toString())).isEqualByComparingTo(requested);
        assertThat(new BigDecimal(year.get("available").toString())).isEqualByComparingTo(available);
        assertThat(year.get("covered")).isEqualTo(covered);
        assertThat(new BigDecimal(year.get("shortfall").toString())).isEqualByComparingTo(shortfall);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyProblemIsListedAtOnce() {
        check(finance(), """
                {"budgetLineCode": "NO-SUCH-LINE", "costs": [{"year": 1999, "amount": -5}, {"amount": 1.234}, 7]}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("costs[0].year", "costs[0].amount", "costs[1].year",
                                "costs[1].amount", "costs[2]", "budgetLineCode"));
        check(finance(), "{\"costs\": []}").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("budgetLineCode", "costs"));
    }

    @Test
    void staffAndTheWorkflowCheckButNotTheCouncilOrOtherServices() {
        String body = "{\"budgetLineCode\": \"GROEN-MEEDOEN\", \"costs\": [{\"year\": 2025, \"amount\": 1}]}";
        check(null, body).expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        for (String role : List.of("medewerker", "afdelingsmanager", "financieel-adviseur", "beheerder")) {
            check(user(role), body).expectStatus().isOk();
        }
        check(workflowServiceAccount(), body).expectStatus().isOk();
        check(user("raad"), body).expectStatus().isForbidden();
        check(otherServiceAccount(), body).expectStatus().isForbidden();
    }
}
