package nl.assen.groenagenda.budget.kaderbrief;

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
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Kaderbrief cycles, claims and decisions against PostgreSQL. Each test makes its own cycle in a year
 * from 2090 on (removed again before each test) and its own budget line, so the reference cycle 2025
 * and the proposal's lines stay untouched.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class KaderbriefTest {

    private static final String API = "/api/budget/v1";
    private static final String CYCLES = API + "/kaderbrief-cycles";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @BeforeEach
    void removeTestCycles() {
        for (String sql : List.of(
                "DELETE FROM budget_amendment WHERE claim_id IN (SELECT id FROM kaderbrief_claim WHERE cycle_year >= 2090)",
                "DELETE FROM kaderbrief_claim_amount WHERE claim_id IN (SELECT id FROM kaderbrief_claim WHERE cycle_year >= 2090)",
                "DELETE FROM kaderbrief_claim WHERE cycle_year >= 2090",
                "DELETE FROM kaderbrief_cycle WHERE year >= 2090")) {
            db.sql(sql).then().block();
        }
    }

    private WebTestClient.ResponseSpec call(JwtMutator caller, HttpMethod method, String path, Object body) {
        WebTestClient c = caller == null ? client : client.mutateWith(caller);
        var request = c.method(method).uri(path);
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private Map<String, Object> ok(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status).expectBody(JSON).returnResult().getResponseBody();
    }

    private void cycle(int year) {
        ok(call(finance(), HttpMethod.POST, CYCLES, Map.of("year", year, "claimDeadline", "2089-02-01",
                "collegeDate", "2089-05-01", "councilDate", "2089-07-01")), 201);
    }

    private void toCouncil(int year) {
        for (String status : List.of("SENT_TO_COLLEGE", "SENT_TO_COUNCIL")) {
            ok(call(finance(), HttpMethod.POST, CYCLES + "/" + year + "/status", Map.of("status", status)), 200);
        }
    }

    private String file(JwtMutator caller, int year, String code, String item) {
        return (String) ok(call(caller, HttpMethod.POST, CYCLES + "/" + year + "/claims", Map.of(
                "budgetLineCode", code, "agendaItemId", item, "motivation", "Meer groen in de wijk.",
                "amounts", List.of(Map.of("year", 2030, "amount", 25000, "recurring", true),
                        Map.of("year", 2031, "amount", 5000.50, "recurring", false)))), 201).get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> year(String code, int year) {
        var line = ok(call(finance(), HttpMethod.GET, API + "/budget-lines/" + code, null), 200);
        return ((List<Map<String, Object>>) line.get("years")).stream()
                .filter(found -> ((Number) found.get("year")).intValue() == year).findFirst().orElse(null);
    }

    private static BigDecimal number(Object value) {
        return new BigDecimal(value.toString());
    }

    /** The overview's figures of one line in one year, as the council reads them. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> overview(String code, int year) {
        var overview = ok(call(user("raad"), HttpMethod.GET, API + "/overview?fromYear=" + year + "&toYear=" + year, null), 200);
        return ((List<Map<String, Object>>) overview.get("lines")).stream()
                .filter(line -> code.equals(line.get("code")))
                .map(line -> ((List<Map<String, Object>>) line.get("years")).get(0))
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anHonouredClaimAmendsTheBudgetAtomicallyAndIsAudited() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("100000.00"));
        cycle(2091);
        String claimId = file(workflowServiceAccount(), 2091, code, "item-1");
        var claims = ok(call(user("raad"), HttpMethod.GET, CYCLES + "/2091/claims", null), 200);
        assertThat((List<Map<String, Object>>) claims.get("items")).singleElement()
                .satisfies(claim -> assertThat(claim).containsEntry("status", "PENDING")
                        .containsEntry("createdBy", "service-account-workflow"));
        toCouncil(2091);
        assertThat(number(overview(code, 2030).get("pendingClaims"))).isEqualByComparingTo("25000");
        assertThat(number(overview(code, 2030).get("budget"))).isEqualByComparingTo("100000");

        var result = ok(call(finance(), HttpMethod.POST, CYCLES + "/2091/decisions",
                Map.of("claimId", claimId, "outcome", "HONOURED", "reference", "RB 2091-17")), 200);

        // The council's overview shows the amended budget, and the claim is no longer pending.
        assertThat(number(overview(code, 2030).get("budget"))).isEqualByComparingTo("125000");
        assertThat(number(overview(code, 2030).get("available"))).isEqualByComparingTo("125000");
        assertThat(number(overview(code, 2030).get("pendingClaims"))).isEqualByComparingTo("0");

        assertThat((Map<String, Object>) result.get("claim")).containsEntry("status", "HONOURED")
                .containsEntry("decisionReference", "RB 2091-17");
        var y2030 = year(code, 2030);
        assertThat(number(((Map<String, Object>) y2030.get("expenses")).get("structural"))).isEqualByComparingTo("125000");
        assertThat(number(y2030.get("available"))).isEqualByComparingTo("125000");
        var y2031 = year(code, 2031);
        assertThat(y2031).containsEntry("status", "ADOPTED");
        assertThat(number(((Map<String, Object>) y2031.get("expenses")).get("oneOff"))).isEqualByComparingTo("5000.50");
        assertThat(number(y2031.get("available"))).isEqualByComparingTo("5000.50");

        var amendments = (List<Map<String, Object>>) ok(call(user("medewerker"), HttpMethod.GET,
                CYCLES + "/2091/amendments", null), 200).get("items");
        assertThat(amendments).hasSize(2);
        assertThat(amendments.get(0)).containsEntry("budgetLineCode", code).containsEntry("year", 2030)
                .containsEntry("reference", "RB 2091-17").containsEntry("claimId", claimId);
        assertThat(number(amendments.get(0).get("oldAmount"))).isEqualByComparingTo("100000");
        assertThat(number(amendments.get(0).get("change"))).isEqualByComparingTo("25000");
        assertThat(number(amendments.get(0).get("newAmount"))).isEqualByComparingTo("125000");
        assertThat(number(amendments.get(1).get("oldAmount"))).isEqualByComparingTo("0");
        assertThat(number(amendments.get(1).get("newAmount"))).isEqualByComparingTo("5000.50");

        var audited = db.sql("SELECT actor, reason, action FROM audit_entry WHERE entity_type = 'budget_year' "
                        + "AND entity_id IN (:a, :b) AND reason LIKE '%RB 2091-17%' ORDER BY entity_id")
                .bind("a", code + "/2030").bind("b", code + "/2031")
                .map((row, meta) -> row.get("actor", String.class) + "|" + row.get("action", String.class))
                .all().collectList().block();
        assertThat(audited).containsExactly("financieel-adviseur-user|UPDATE", "financieel-adviseur-user|INSERT");

        // A second decision on the same claim changes nothing.
        call(finance(), HttpMethod.POST, CYCLES + "/2091/decisions",
                Map.of("claimId", claimId, "outcome", "REFUSED", "reference", "RB 2091-18", "followUp", "RETURN"))
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(number(year(code, 2030).get("available"))).isEqualByComparingTo("125000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPartlyHonouredClaimAmendsByTheGrantedAmountsOnly() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("100000.00"));
        cycle(2092);
        String claimId = file(finance(), 2092, code, "item-2");
        toCouncil(2092);

        var result = ok(call(finance(), HttpMethod.POST, CYCLES + "/2092/decisions", Map.of("claimId", claimId,
                "outcome", "PARTLY_HONOURED", "reference", "RB 2092-3",
                "amounts", List.of(Map.of("year", 2030, "amount", 10000)))), 200);

        var amounts = (List<Map<String, Object>>) ((Map<String, Object>) result.get("claim")).get("amounts");
        assertThat(number(amounts.get(0).get("granted"))).isEqualByComparingTo("10000");
        assertThat(number(amounts.get(1).get("granted"))).isEqualByComparingTo("0");
        assertThat((List<?>) result.get("amendments")).hasSize(1);
        assertThat(number(year(code, 2030).get("available"))).isEqualByComparingTo("110000");
        assertThat(year(code, 2031)).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedClaimChangesNothingAndRecordsItsFollowUp() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("100000.00"));
        cycle(2093);
        String claimId = file(finance(), 2093, code, "item-3");
        toCouncil(2093);

        var result = ok(call(finance(), HttpMethod.POST, CYCLES + "/2093/decisions", Map.of("claimId", claimId,
                "outcome", "REFUSED", "reference", "RB 2093-1", "followUp", "DEFER")), 200);

        assertThat((Map<String, Object>) result.get("claim")).containsEntry("status", "REFUSED")
                .containsEntry("followUp", "DEFER");
        assertThat((List<?>) result.get("amendments")).isEmpty();
        assertThat(number(year(code, 2030).get("available"))).isEqualByComparingTo("100000");
        assertThat(year(code, 2031)).isNull();
        assertThat((List<?>) ok(call(finance(), HttpMethod.GET, CYCLES + "/2093/amendments", null), 200).get("items"))
                .isEmpty();
    }

    @Test
    void aDecisionOnAClaimOfAnotherCycleOrOnNoClaimIsRefused() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("100000.00"));
        cycle(2094);
        cycle(2095);
        String claimId = file(finance(), 2094, code, "item-4");
        toCouncil(2095);

        call(finance(), HttpMethod.POST, CYCLES + "/2095/decisions",
                Map.of("claimId", claimId, "outcome", "HONOURED", "reference", "RB 2095-1"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.claimCycleYear").isEqualTo(2094);
        call(finance(), HttpMethod.POST, CYCLES + "/2095/decisions",
                Map.of("claimId", UUID.randomUUID().toString(), "outcome", "HONOURED", "reference", "RB 2095-1"))
                .expectStatus().isNotFound();
        // The claim's own cycle is still open: the council cannot have decided yet.
        call(finance(), HttpMethod.POST, CYCLES + "/2094/decisions",
                Map.of("claimId", claimId, "outcome", "HONOURED", "reference", "RB 2094-1"))
                .expectStatus().isEqualTo(409);
        assertThat(number(year(code, 2030).get("available"))).isEqualByComparingTo("100000");
    }

    @Test
    void claimsAreFiledOnlyWhileTheCycleIsOpenAndItsStatusOnlyMovesForward() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("100000.00"));
        cycle(2096);
        file(finance(), 2096, code, "item-5");
        call(finance(), HttpMethod.POST, CYCLES + "/2096/claims", Map.of("budgetLineCode", code, "agendaItemId", "item-5",
                "motivation", "nogmaals", "amounts", List.of(Map.of("year", 2030, "amount", 1, "recurring", true))))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.claimId").exists();
        call(finance(), HttpMethod.POST, CYCLES + "/2096/status", Map.of("status", "DECIDED"))
                .expectStatus().isEqualTo(409);
        ok(call(finance(), HttpMethod.POST, CYCLES + "/2096/status", Map.of("status", "SENT_TO_COLLEGE")), 200);

        call(workflowServiceAccount(), HttpMethod.POST, CYCLES + "/2096/claims", Map.of("budgetLineCode", code,
                "agendaItemId", "item-6", "motivation", "te laat",
                "amounts", List.of(Map.of("year", 2030, "amount", 1, "recurring", true))))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.cycleStatus").isEqualTo("SENT_TO_COLLEGE");
        call(finance(), HttpMethod.POST, CYCLES + "/2099/claims", Map.of("budgetLineCode", code,
                "agendaItemId", "item-6", "motivation", "geen cyclus",
                "amounts", List.of(Map.of("year", 2030, "amount", 1, "recurring", true))))
                .expectStatus().isNotFound();
        assertThat(db.sql("SELECT count(*) AS n FROM kaderbrief_claim WHERE cycle_year = 2096")
                .map((row, meta) -> row.get("n", Long.class)).one().block()).isEqualTo(1L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyProblemIsListedAtOnceAndNothingChanges() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("100000.00"));
        cycle(2097);
        call(finance(), HttpMethod.POST, CYCLES + "/2097/claims", """
                {"budgetLineCode": "NO-SUCH-LINE", "agendaItemId": "x",
                 "amounts": [{"year": 2030, "amount": "veel", "recurring": true},
                             {"year": 2031, "amount": 1.234, "recurring": "ja"},
                             {"year": 1999, "amount": -1}, {"year": 2030, "amount": 5, "recurring": false}]}""")
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("motivation", "amounts[0].amount", "amounts[1].amount",
                                "amounts[1].recurring", "amounts[2].year", "amounts[2].amount", "amounts[2].recurring",
                                "amounts[3].year", "budgetLineCode"));
        String claimId = file(finance(), 2097, code, "item-7");
        toCouncil(2097);
        call(finance(), HttpMethod.POST, CYCLES + "/2097/decisions", """
                {"claimId": "%s", "outcome": "PARTLY_HONOURED", "followUp": "LATER",
                 "amounts": [{"year": 2030, "amount": 25000.01}, {"year": 2035, "amount": 1}]}""".formatted(claimId))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("reference", "followUp", "amounts[year=2030].amount",
                                "amounts[year=2035].year"));
        call(finance(), HttpMethod.POST, CYCLES + "/2097/decisions", """
                {"claimId": "geen-id", "outcome": "MAYBE"}""")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("claimId", "outcome", "reference"));
        call(finance(), HttpMethod.POST, CYCLES + "/2097/decisions", Map.of("claimId", claimId, "outcome", "REFUSED",
                        "reference", "RB 2097-1", "amounts", List.of(Map.of("year", 2030, "amount", 1))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("followUp", "amounts"));
        assertThat(number(year(code, 2030).get("available"))).isEqualByComparingTo("100000");
        var claims = (List<Map<String, Object>>) ok(call(finance(), HttpMethod.GET, CYCLES + "/2097/claims", null), 200)
                .get("items");
        assertThat(claims).singleElement().satisfies(claim -> assertThat(claim).containsEntry("status", "PENDING"));
    }

    @Test
    void theRoleMatrix() {
        String claim = "{\"budgetLineCode\": \"GROEN-MEEDOEN\", \"agendaItemId\": \"x\", \"motivation\": \"m\", "
                + "\"amounts\": [{\"year\": 2030, \"amount\": 1, \"recurring\": true}]}";
        String decision = "{\"claimId\": \"" + UUID.randomUUID() + "\", \"outcome\": \"HONOURED\", \"reference\": \"r\"}";
        String status = "{\"status\": \"SENT_TO_COLLEGE\"}";
        String newCycle = "{\"year\": 2098, \"claimDeadline\": \"2097-01-01\", \"collegeDate\": \"2097-02-01\", "
                + "\"councilDate\": \"2097-03-01\"}";
        List<Object[]> writes = List.of(new Object[] {CYCLES + "/2098/claims", claim},
                new Object[] {CYCLES + "/2098/decisions", decision}, new Object[] {CYCLES + "/2098/status", status},
                new Object[] {CYCLES, newCycle});
        for (String path : List.of(CYCLES, CYCLES + "/2025", CYCLES + "/2025/claims", CYCLES + "/2025/amendments")) {
            call(null, HttpMethod.GET, path, null).expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            for (String role : List.of("medewerker", "afdelingsmanager", "financieel-adviseur", "beheerder", "raad")) {
                call(user(role), HttpMethod.GET, path, null).expectStatus().isOk();
            }
        }
        for (Object[] write : writes) {
            call(null, HttpMethod.POST, (String) write[0], write[1]).expectStatus().isUnauthorized();
            for (String role : List.of("medewerker", "afdelingsmanager", "beheerder", "raad")) {
                call(user(role), HttpMethod.POST, (String) write[0], write[1]).expectStatus().isForbidden();
            }
        }
        call(workflowServiceAccount(), HttpMethod.POST, CYCLES + "/2098/decisions", decision).expectStatus().isForbidden();
        call(workflowServiceAccount(), HttpMethod.POST, CYCLES, newCycle).expectStatus().isForbidden();
        call(otherServiceAccount(), HttpMethod.GET, CYCLES, null).expectStatus().isForbidden();
        call(otherServiceAccount(), HttpMethod.POST, CYCLES + "/2098/status", status).expectStatus().isForbidden();
        // Allowed callers get past security: to the cycle that does not exist yet, or the claim that does not.
        // The workflow runs the cycle's process: it reads cycles and claims and moves the status.
        call(workflowServiceAccount(), HttpMethod.POST, CYCLES + "/2098/claims", claim).expectStatus().isNotFound();
        call(workflowServiceAccount(), HttpMethod.POST, CYCLES + "/2098/status", status).expectStatus().isNotFound();
        call(workflowServiceAccount(), HttpMethod.GET, CYCLES + "/2025/claims", null).expectStatus().isOk();
        call(finance(), HttpMethod.POST, CYCLES + "/2098/decisions", decision).expectStatus().isNotFound();
        call(finance(), HttpMethod.POST, CYCLES, newCycle).expectStatus().isCreated();
        call(finance(), HttpMethod.POST, CYCLES, newCycle).expectStatus().isEqualTo(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKaderbrief2025CycleIsReferenceDataWithAssumedDates() {
        var cycle = ok(call(user("raad"), HttpMethod.GET, CYCLES + "/2025", null), 200);
        assertThat(cycle).containsEntry("year", 2025).containsEntry("datesAssumed", true)
                .containsEntry("claimDeadline", "2024-02-29").containsEntry("councilDate", "2024-07-03");
        assertThat((String) cycle.get("note")).contains("AANGENOMEN");
    }
}
