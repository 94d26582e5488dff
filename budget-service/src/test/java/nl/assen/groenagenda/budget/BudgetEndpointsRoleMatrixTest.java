package nl.assen.groenagenda.budget;

import static nl.assen.groenagenda.budget.support.Callers.otherServiceAccount;
import static nl.assen.groenagenda.budget.support.Callers.user;
import static nl.assen.groenagenda.budget.support.Callers.workflowServiceAccount;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.assen.groenagenda.budget.support.TestBudgetLines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who may call which of the budget endpoints: 401 without a token, 403 for a role that may not. */
@SpringBootTest
@AutoConfigureWebTestClient
class BudgetEndpointsRoleMatrixTest {

    private static final String API = "/api/budget/v1";
    private static final List<String> STAFF = List.of("medewerker", "afdelingsmanager", "financieel-adviseur", "beheerder");
    private static final String CAPITAL = """
            {"amount": 1000, "firstYear": 2025, "method": "LINEAR", "termYears": 10, "interestRate": 0.02, "tranches": 1}""";

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    private WebTestClient.ResponseSpec call(JwtMutator caller, HttpMethod method, String path, String body) {
        WebTestClient c = caller == null ? client : client.mutateWith(caller);
        var request = c.method(method).uri(API + path).header("Idempotency-Key", UUID.randomUUID().toString());
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String reservation(String code) {
        return "{\"budgetLineCode\": \"" + code + "\", \"year\": 2030, \"amount\": 1, \"agendaItemId\": \"x\"}";
    }

    @Test
    void withoutATokenEveryNewEndpointIs401ProblemJson() {
        String id = UUID.randomUUID().toString();
        for (var endpoint : List.of(
                new Object[] {HttpMethod.GET, "/budget-lines", null},
                new Object[] {HttpMethod.GET, "/budget-lines/GROEN-MEEDOEN", null},
                new Object[] {HttpMethod.GET, "/budget-lines/GROEN-MEEDOEN/history", null},
                new Object[] {HttpMethod.POST, "/capital-charges", CAPITAL},
                new Object[] {HttpMethod.POST, "/reservations", reservation("GROEN-MEEDOEN")},
                new Object[] {HttpMethod.POST, "/reservations/" + id + "/release", null},
                new Object[] {HttpMethod.POST, "/reservations/" + id + "/realisation", null})) {
            call(null, (HttpMethod) endpoint[0], (String) endpoint[1], (String) endpoint[2])
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void everyStaffRoleAndTheCouncilReadBudgetLinesAndTheirHistory() {
        for (String role : List.of("medewerker", "afdelingsmanager", "financieel-adviseur", "beheerder", "raad")) {
            call(user(role), HttpMethod.GET, "/budget-lines", null).expectStatus().isOk();
            call(user(role), HttpMethod.GET, "/budget-lines/GROEN-VERVANGING", null).expectStatus().isOk();
            call(user(role), HttpMethod.GET, "/budget-lines/GROEN-VERVANGING/history", null).expectStatus().isOk();
        }
    }

    @Test
    void theCouncilStillMayNotReadTaakvelden() {
        call(user("raad"), HttpMethod.GET, "/taakvelden", null).expectStatus().isForbidden();
    }

    @Test
    void everyStaffRoleCalculatesCapitalChargesButTheCouncilAndServiceAccountsMayNot() {
        for (String role : STAFF) {
            call(user(role), HttpMethod.POST, "/capital-charges", CAPITAL).expectStatus().isOk();
        }
        call(user("raad"), HttpMethod.POST, "/capital-charges", CAPITAL).expectStatus().isForbidden();
        call(workflowServiceAccount(), HttpMethod.POST, "/capital-charges", CAPITAL).expectStatus().isForbidden();
    }

    @Test
    void onlyFinanceStaffAndTheWorkflowServiceAccountReserveReleaseAndRealise() {
        String code = TestBudgetLines.withBudget(db, 2030, new BigDecimal("100.00"));
        String id = UUID.randomUUID().toString();
        for (JwtMutator refused : List.of(user("medewerker"), user("afdelingsmanager"), user("beheerder"), user("raad"),
                otherServiceAccount())) {
            call(refused, HttpMethod.POST, "/reservations", reservation(code))
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            call(refused, HttpMethod.POST, "/reservations/" + id + "/release", null).expectStatus().isForbidden();
            call(refused, HttpMethod.POST, "/reservations/" + id + "/realisation", null).expectStatus().isForbidden();
        }
        call(user("financieel-adviseur"), HttpMethod.POST, "/reservations", reservation(code)).expectStatus().isCreated();
        String byWorkflow = call(workflowServiceAccount(), HttpMethod.POST, "/reservations", reservation(code))
                .expectStatus().isCreated()
                .expectBody(java.util.Map.class).returnResult().getResponseBody().get("id").toString();
        call(workflowServiceAccount(), HttpMethod.POST, "/reservations/" + byWorkflow + "/realisation", null)
                .expectStatus().isOk();
        // Finance staff may release what anyone reserved; an unknown id answers 404 only to those allowed.
        call(user("financieel-adviseur"), HttpMethod.POST, "/reservations/" + id + "/release", null)
                .expectStatus().isNotFound();
    }

    @Test
    void theOpenApiDescriptionShowsTheRequestBodiesOfTheNewEndpoints() {
        client.get().uri(API + "/openapi.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/budget/v1/budget-lines/{code}'].get").exists()
                .jsonPath("$.components.schemas.CapitalChargeRequest.properties.interestRate").exists()
                .jsonPath("$.components.schemas.ReservationRequest.properties.budgetLineCode").exists()
                .jsonPath("$.paths['/api/budget/v1/reservations'].post.requestBody.content['application/json'].schema['$ref']")
                .isEqualTo("#/components/schemas/ReservationRequest");
    }

    @Test
    void theNewPathsAnswer405ForOtherMethodsAnd404ForTrailingSlashes() {
        call(user("financieel-adviseur"), HttpMethod.DELETE, "/budget-lines", null).expectStatus().isEqualTo(405);
        call(user("financieel-adviseur"), HttpMethod.GET, "/capital-charges", null).expectStatus().isEqualTo(405);
        call(user("financieel-adviseur"), HttpMethod.GET, "/budget-lines/", null).expectStatus().isNotFound();
    }
}
