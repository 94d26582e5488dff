package nl.assen.groenagenda.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import nl.assen.groenagenda.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The whole login over real HTTP, with the stand-in Keycloak answering the token request: what
 * MockMvc cannot show, Camunda's own filters and REST API taking the user from Spring Security.
 * The browser's visit to Keycloak's login form is skipped: the test comes back with a code at once.
 */
class CockpitSingleSignOnTest extends WorkflowIntegrationTest {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";

    @Test
    void aBeheerderLogsInThroughKeycloakAndGetsCockpitAsCamundaAdmin() throws Exception {
        var browser = new Browser();
        var cockpit = browser.logIn("beheerder", "beheerder");

        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(cockpit.body()).contains("Camunda Cockpit");

        var user = browser.get("/camunda/api/admin/auth/user/default", "application/json");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"beheerder\"")
                .contains("\"cockpit\"").contains("\"tasklist\"").contains("\"admin\"");
    }

    @Test
    void aCockpitSessionOpensNeitherTheTaskApiNorTheEngineRestApi() throws Exception {
        var browser = new Browser();
        assertThat(browser.logIn("beheerder", "beheerder").statusCode()).isEqualTo(200);

        for (String path : new String[] {"/api/workflow/v1/tasks", "/engine-rest/engine"}) {
            var response = browser.get(path, "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void aMedewerkerLogsInButIsRefusedTheWebapps() throws Exception {
        var browser = new Browser();
        var cockpit = browser.logIn("medewerker", "medewerker");

        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(cockpit.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(cockpit.body()).contains("Geen toegang").doesNotContain("Cockpit");
        assertThat(browser.get("/camunda/api/admin/auth/user/default", "application/json").statusCode()).isEqualTo(403);
    }

    @Test
    void cockpitsLogoutEndsTheKeycloakSessionAndTheWholeSession() throws Exception {
        var browser = new Browser();
        assertThat(browser.logIn("beheerder", "beheerder").statusCode()).isEqualTo(200);

        var logout = browser.post("/camunda/api/admin/auth/user/default/logout", browser.cookie("XSRF-TOKEN"));
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(KEYCLOAK.sessionsEnded("workflow-cockpit", browser.nonce)).isEqualTo(1);

        var again = browser.get(COCKPIT, "text/html");
        assertThat(again.statusCode()).as("the next page load goes to the login again").isEqualTo(302);
        assertThat(browser.get("/camunda/api/admin/auth/user/default", "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void aLogoutWithoutCamundasCsrfTokenLeavesTheKeycloakSessionAlone() throws Exception {
        var browser = new Browser();
        assertThat(browser.logIn("beheerder", "beheerder").statusCode()).isEqualTo(200);

        var forged = browser.post("/camunda/api/admin/auth/user/default/logout", null);

        assertThat(forged.statusCode()).as("Camunda's CSRF check still guards the logout").isEqualTo(403);
        assertThat(KEYCLOAK.sessionsEnded("workflow-cockpit", browser.nonce)).isZero();
    }

    /** A browser that keeps its cookies and follows no redirect by itself. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        private String nonce;

        /** Opens Cockpit, goes the login's way through "Keycloak" and ends where it is sent back to. */
        HttpResponse<String> logIn(String username, String role) throws IOException, InterruptedException {
            var first = get(COCKPIT, "text/html");
            assertThat(first.statusCode()).isEqualTo(302);
            var toKeycloak = send(first.headers().firstValue("Location").orElseThrow(), "text/html");
            assertThat(toKeycloak.statusCode()).isEqualTo(302);
            String authorize = toKeycloak.headers().firstValue("Location").orElseThrow();
            assertThat(authorize).startsWith(KEYCLOAK.issuer() + "/protocol/openid-connect/auth?");
            Map<String, String> query = query(authorize);
            assertThat(query).containsEntry("code_challenge_method", "S256").containsKey("code_challenge");

            nonce = query.get("nonce");
            KEYCLOAK.answerLogin("workflow-cockpit", nonce, username, role);
            var callback = send(query.get("redirect_uri") + "?code=test-code&state="
                    + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8), "text/html");
            assertThat(callback.statusCode()).isEqualTo(302);
            String back = callback.headers().firstValue("Location").orElseThrow();
            assertThat(URI.create(back).getPath()).isEqualTo(COCKPIT);
            return send(back, "text/html");
        }

        HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
            return send("http://localhost:" + port + path, accept);
        }

        /** An XHR of the webapps, with Camunda's CSRF token if given. */
        HttpResponse<String> post(String path, String csrfToken) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json");
            if (csrfToken != null) {
                request.header("X-XSRF-TOKEN", csrfToken);
            }
            return http.send(request.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        private HttpResponse<String> send(String url, String accept) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).header("Accept", accept).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private static Map<String, String> query(String url) {
            return Arrays.stream(URI.create(url).getRawQuery().split("&"))
                    .map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        }
    }
}
