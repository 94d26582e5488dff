package nl.assen.groenagenda.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import nl.assen.groenagenda.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Over real HTTP with real signed tokens: the decoder checks signature, issuer, expiry and audience
 * against the (stand-in) Keycloak's keys, and what MockMvc cannot show, Camunda's REST API (Jersey)
 * and the container's error page, behaves as the rules say.
 */
class RealTokensTest extends WorkflowIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aValidStaffTokenReachesTheTaskList() throws Exception {
        var response = get("/api/workflow/v1/tasks", KEYCLOAK.token("medewerker").withRoles("medewerker").signed());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(response.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link).contains("rel=\"first\""));
    }

    @Test
    void anExpiredTokenIs401InvalidToken() throws Exception {
        String expired = KEYCLOAK.token("medewerker").withRoles("medewerker")
                .expiredAt(Instant.now().minus(Duration.ofMinutes(2))).signed();

        assertRefusedToken(get("/api/workflow/v1/tasks", expired));
    }

    @Test
    void aTokenMeantForAnotherServiceIs401() throws Exception {
        String foreign = KEYCLOAK.token("medewerker").withRoles("medewerker").withAudiences("asset-service").signed();

        assertRefusedToken(get("/api/workflow/v1/tasks", foreign));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() throws Exception {
        String foreign = KEYCLOAK.token("medewerker").withRoles("medewerker")
                .withIssuer("http://elsewhere.example/realms/groenagenda").signed();

        assertRefusedToken(get("/api/workflow/v1/tasks", foreign));
    }

    @Test
    void aMalformedTokenIs401() throws Exception {
        assertRefusedToken(get("/api/workflow/v1/tasks", "not.a.token"));
    }

    @Test
    void engineRestApiAnswersBeheerderAndRefusesOtherRoles() throws Exception {
        var beheerder = get("/engine-rest/engine", KEYCLOAK.token("beheerder").withRoles("beheerder").signed());
        assertThat(beheerder.statusCode()).isEqualTo(200);
        assertThat(beheerder.body()).contains("\"name\":\"default\"");

        var manager = get("/engine-rest/engine", KEYCLOAK.token("manager-or").withRoles("afdelingsmanager").signed());
        assertThat(manager.statusCode()).isEqualTo(403);
        assertThat(manager.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aPathTheFirewallRejectsEndsAtTheErrorPageAsProblemJson() throws Exception {
        var response = get("/api/workflow/v1/tasks;jsessionid=x;evil=1", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(response.headers().firstValue("X-Correlation-ID")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400").doesNotContain("Exception").doesNotContain("trace");
    }

    @Test
    void camundaWebappsAreOnlyReachedThroughTheBrowserLoginNotWithATokenOrWithoutOne() throws Exception {
        // Their single sign-on itself: CockpitLoginTest and CockpitSingleSignOnTest.
        for (String token : new String[] {null, KEYCLOAK.token("beheerder").withRoles("beheerder").signed()}) {
            var response = get("/camunda/app/welcome/default/", token);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
    }

    private static void assertRefusedToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"groenagenda\", error=\"invalid_token\"");
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(response.body()).contains("urn:nl:assen:groenagenda:problem:unauthenticated");
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
