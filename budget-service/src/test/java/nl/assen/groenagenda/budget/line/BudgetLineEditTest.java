package nl.assen.groenagenda.budget.line;

import static nl.assen.groenagenda.budget.support.Callers.finance;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Finance staff create lines and change their years, audited with actor and reason (issue 4, item 9). */
@SpringBootTest
@AutoConfigureWebTestClient
class BudgetLineEditTest {

    private static final String LINES = "/api/budget/v1/budget-lines";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    private WebTestClient.ResponseSpec call(JwtMutator caller, HttpMethod method, String path, Object body) {
        WebTestClient c = caller == null ? client : client.mutateWith(caller);
        var request = c.method(method).uri(path);
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static String newCode() {
        return "ZZ-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Map<String, Object> investment(String code) {
        return Map.of("code", code, "name", "Testinvestering", "description", "Alleen voor een test.",
                "taakveld", "5.7", "kind", "INVESTMENT", "department", "openbare-ruimte",
                "capitalChargeParameters", Map.of("method", "LINEAR", "termYears", 25, "interestRate", 0.025,
                        "firstDepreciation", "SAME_YEAR"),
                "reason", "Nieuwe investering uit het raadsbesluit");
    }

    private List<String> audit(String entityType, String entityId) {
        return db.sql("SELECT actor, action, reason FROM audit_entry WHERE entity_type = :type AND entity_id = :id ORDER BY id")
                .bind("type", entityType).bind("id", entityId)
                .map((row, meta) -> row.get("actor", String.class) + "|" + row.get("action", String.class) + "|"
                        + row.get("reason", String.class))
                .all().collectList().block();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCreatedInvestmentLineAndItsChangedYearAreAuditedWithActorAndReason() {
        String code = newCode();
        call(finance(), HttpMethod.POST, LINES, investment(code))
                .expectStatus().isCreated()
                .expectHeader().location(LINES + "/" + code)
                .expectBody()
                .jsonPath("$.kind").isEqualTo("INVESTMENT")
                .jsonPath("$.capitalChargeParameters.method").isEqualTo("LINEAR")
                .jsonPath("$.capitalChargeParameters.termYears").isEqualTo(25)
                .jsonPath("$.capitalChargeParameters.interestRate").isEqualTo(0.025)
                .jsonPath("$.years.length()").isEqualTo(0);

        Map<String, Object> line = call(finance(), HttpMethod.PUT, LINES + "/" + code + "/years/2030", Map.of(
                "expensesStructural", 100000, "expensesOneOff", 25000.5, "status", "TO_BE_WEIGHED",
                "kaderbriefYear", 2029, "staffHoursPerWeek", 4.5, "reason", "Raming bijgesteld"))
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        Map<String, Object> year = ((List<Map<String, Object>>) line.get("years")).get(0);
        assertThat(year.get("year")).isEqualTo(2030);
        assertThat(((Map<String, Object>) year.get("expenses")).get("total")).isEqualTo(125000.5);
        assertThat(year.get("status")).isEqualTo("TO_BE_WEIGHED");
        assertThat(year.get("kaderbriefYear")).isEqualTo(2029);
        assertThat(year.get("staffHoursPerWeek")).isEqualTo(4.5);
        // The capital-charge schedule follows from the new year's investment: linear, same year, 25 years.
        assertThat(((List<Map<String, Object>>) line.get("capitalChargeSchedule")).get(0).get("year")).isEqualTo(2030);

        call(finance(), HttpMethod.PUT, LINES + "/" + code + "/years/2030", Map.of(
                "expensesStructural", 90000, "expensesOneOff", 0, "status", "ADOPTED", "reason", "Besluit raad"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.years[0].expenses.total").isEqualTo(90000.0)
                .jsonPath("$.years[0].kaderbriefYear").doesNotExist();

        assertThat(audit("budget_line", code))
                .containsExactly("financieel-adviseur-user|INSERT|Nieuwe investering uit het raadsbesluit");
        assertThat(audit("budget_year", code + "/2030")).containsExactly(
                "financieel-adviseur-user|INSERT|Raming bijgesteld",
                "financieel-adviseur-user|UPDATE|Besluit raad");
        call(user("raad"), HttpMethod.GET, LINES + "/" + code + "/history", null)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].reason").value(reasons -> assertThat((List<String>) reasons)
                        .containsExactly("Nieuwe investering uit het raadsbesluit", "Raming bijgesteld", "Besluit raad"))
                .jsonPath("$.items[2].before.expenses_structural").isEqualTo(100000.0)
                .jsonPath("$.items[2].after.expenses_structural").isEqualTo(90000.0);
    }

    @Test
    void aSecondLineWithTheSameCodeIs409AndChangesNothing() {
        String code = newCode();
        call(finance(), HttpMethod.POST, LINES, investment(code)).expectStatus().isCreated();
        call(finance(), HttpMethod.POST, LINES, investment(code))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.budgetLineCode").isEqualTo(code);
        assertThat(audit("budget_line", code)).hasSize(1);
    }

    @Test
    void aBudgetBelowReservedPlusRealisedIs409NamingTheAmountsAndChangesNothing() {
        String code = TestBudgetLines.withBudget(db, 2031, new BigDecimal("1000.00"));
        db.sql("UPDATE budget_year SET reserved = 600, realised = 150 WHERE budget_line_code = :code AND year = 2031")
                .bind("code", code).then().block();
        call(finance(), HttpMethod.PUT, LINES + "/" + code + "/years/2031", Map.of(
                "expensesStructural", 700, "expensesOneOff", 0, "status", "ADOPTED", "reason", "Bezuiniging"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.budget").isEqualTo(700.0)
                .jsonPath("$.reserved").isEqualTo(600.0)
                .jsonPath("$.realised").isEqualTo(150.0)
                .jsonPath("$.shortfall").isEqualTo(50.0)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("700", "600.00", "150.00", "750.00"));
        assertThat(audit("budget_year", code + "/2031")).hasSize(1);
        // Exactly reserved + realised is allowed: nothing is left available, nothing is overcommitted.
        call(finance(), HttpMethod.PUT, LINES + "/" + code + "/years/2031", Map.of(
                "expensesStructural", 750, "expensesOneOff", 0, "status", "ADOPTED", "reason", "Bezuiniging"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.years[0].available").isEqualTo(0.0);
    }

    @Test
    void everyInvalidFieldOfANewLineIsReportedAtOnceAndNothingIsStored() {
        String code = newCode();
        call(finance(), HttpMethod.POST, LINES, Map.of("code", code, "name", "x", "description", "y",
                "taakveld", "9.99", "kind", "INVESTMENT", "department", "elders",
                "capitalChargeParameters", Map.of("method", "SOMETIMES", "termYears", 0, "interestRate", 0.21),
                "reason", ""))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("department", "reason", "capitalChargeParameters.method",
                                "capitalChargeParameters.termYears", "capitalChargeParameters.interestRate",
                                "capitalChargeParameters.firstDepreciation", "taakveld"));
        call(finance(), HttpMethod.POST, LINES, Map.of("code", "lower case", "name", "x", "description", "y",
                "taakveld", "5.7", "kind", "OPERATING", "department", "samenleving",
                "capitalChargeParameters", Map.of("method", "LINEAR", "termYears", 101, "interestRate", -0.01,
                        "firstDepreciation", "YEAR_AFTER"), "reason", "test"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("code", "capitalChargeParameters"));
        call(finance(), HttpMethod.POST, LINES, Map.of("code", code, "name", "x", "description", "y",
                "taakveld", "5.7", "kind", "INVESTMENT", "department", "samenleving",
                "capitalChargeParameters", Map.of("method", "LINEAR", "termYears", 101, "interestRate", 0.5,
                        "firstDepreciation", "YEAR_AFTER"), "reason", "test"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("capitalChargeParameters.termYears", "capitalChargeParameters.interestRate"));
        call(finance(), HttpMethod.GET, LINES + "/" + code, null).expectStatus().isNotFound();
        assertThat(audit("budget_line", code)).isEmpty();
    }

    @Test
    void everyInvalidFieldOfAYearChangeIsReportedAtOnceAndNothingChanges() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("1000.00"));
        String body = """
                {"expensesStructural": "veel", "expensesOneOff": 10.005, "status": "TO_BE_WEIGHED",
                 "staffHoursPerWeek": 200}""";
        client.mutateWith(finance()).put().uri(LINES + "/" + code + "/years/2045")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("year", "expensesStructural", "expensesOneOff", "kaderbriefYear",
                                "staffHoursPerWeek", "reason"));
        call(finance(), HttpMethod.PUT, LINES + "/" + code + "/years/2023", Map.of(
                "expensesStructural", -1, "expensesOneOff", 0, "status", "ADOPTED", "kaderbriefYear", 2025,
                "reason", "x"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("year", "expensesStructural", "kaderbriefYear"));
        call(finance(), HttpMethod.PUT, LINES + "/ZZ-TEST-NOPE/years/2030", Map.of(
                "expensesStructural", 1, "expensesOneOff", 0, "status", "ADOPTED", "reason", "x"))
                .expectStatus().isNotFound();
        assertThat(audit("budget_year", code + "/2030")).hasSize(1);
        call(finance(), HttpMethod.GET, LINES + "/" + code, null)
                .expectStatus().isOk().expectBody().jsonPath("$.years[0].expenses.total").isEqualTo(1000.0);
    }

    @Test
    void onlyFinanceStaffChangeLines() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("1000.00"));
        Map<String, Object> year = Map.of("expensesStructural", 5, "expensesOneOff", 0, "status", "ADOPTED", "reason", "x");
        for (JwtMutator refused : List.of(user("medewerker"), user("afdelingsmanager"), user("beheerder"), user("raad"),
                workflowServiceAccount())) {
            call(refused, HttpMethod.POST, LINES, investment(newCode()))
                    .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            call(refused, HttpMethod.PUT, LINES + "/" + code + "/years/2030", year).expectStatus().isForbidden();
        }
        call(null, HttpMethod.POST, LINES, investment(newCode()))
                .expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        call(null, HttpMethod.PUT, LINES + "/" + code + "/years/2030", year).expectStatus().isUnauthorized();
        assertThat(audit("budget_year", code + "/2030")).hasSize(1);
        call(finance(), HttpMethod.PUT, LINES + "/" + code + "/years/2030", year).expectStatus().isOk();
    }
}
