package nl.assen.groenagenda.systemtest;

import static nl.assen.groenagenda.systemtest.ApiAssertions.assertApiVersion;
import static nl.assen.groenagenda.systemtest.ApiAssertions.assertList;
import static nl.assen.groenagenda.systemtest.ApiAssertions.assertProblem;
import static nl.assen.groenagenda.systemtest.BrowserSession.HTML;
import static nl.assen.groenagenda.systemtest.BrowserSession.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.systemtest.BrowserSession.LoginTrail;
import org.junit.jupiter.api.Test;

/**
 * The gateway as a backend-for-frontend: a browser logs in through Keycloak (authorization code + PKCE),
 * holds only a session cookie, reaches the services with it (TokenRelay), needs the CSRF token to write,
 * and logs out through Keycloak.
 */
class BrowserLoginSystemTest {

    private static final String USER = "manager-or";
    private static final String ASSET_TYPES = Api.ASSETS.readPath();

    private final Keycloak keycloak = Keycloak.instance();
    private final Suite suite = Suite.current();

    @Test
    void aBrowserLogsInThroughKeycloakWithPkceAndLandsOnTheHomePage() {
        LoginTrail trail = new BrowserSession().logIn(USER, USER);
        List<Response> hops = trail.hops();

        assertThat(hops).as("%s", trail).hasSize(6);

        Response start = hops.get(0);
        assertThat(start.uri().getPath()).isEqualTo("/");
        assertRedirectToGateway(start, "/oauth2/authorization/", trail);

        Response authorization = hops.get(1);
        URI keycloakAuth = authorization.location();
        assertThat(authorization.status()).as("%s", trail).isEqualTo(302);
        assertThat(withoutQuery(keycloakAuth)).as("redirect to Keycloak's authorization endpoint; %s", trail)
                .isEqualTo(keycloak.authorizationEndpoint());
        Map<String, String> query = query(keycloakAuth);
        assertThat(query.get("response_type")).as("response_type; %s", trail).isEqualTo("code");
        assertThat(query.get("code_challenge")).as("PKCE code_challenge; %s", trail).isNotBlank();
        assertThat(query.get("code_challenge_method")).as("PKCE code_challenge_method; %s", trail).isEqualTo("S256");
        assertThat(query.get("state")).as("state; %s", trail).isNotBlank();
        assertThat(query.get("scope")).as("scope; %s", trail).contains("openid");

        Response loginPage = hops.get(2);
        assertThat(loginPage.status()).as("%s", trail).isEqualTo(200);
        assertThat(loginPage.body()).as("Keycloak's login form").contains("kc-form-login");

        Response credentialsAccepted = hops.get(3);
        assertThat(credentialsAccepted.method()).isEqualTo("POST");
        assertRedirectToGateway(credentialsAccepted, "/login/oauth2/code/", trail);

        Response codeExchanged = hops.get(4);
        assertRedirectToGateway(codeExchanged, "/", trail);
        assertThat(codeExchanged.location().getPath()).as("back where the browser started; %s", trail).isEqualTo("/");

        Response home = hops.get(5);
        assertThat(home.status()).as("%s", trail).isEqualTo(200);
        assertThat(home.contentType()).as("%s", trail).startsWith("text/html");
    }

    @Test
    void theSessionNamesTheUserWithRolesAndDepartmentButHoldsNoToken() {
        BrowserSession browser = new BrowserSession().loggedInAs(USER);

        Response response = browser.get("/session", JSON);

        assertThat(response.status()).as("status of %s", response).isEqualTo(200);
        assertThat(response.contentType()).as("Content-Type of %s", response).startsWith("application/json");
        JsonNode session = response.json();
        assertThat(session.path("username").asText()).as("username in %s", response).isEqualTo(USER);
        List<String> roles = new ArrayList<>();
        session.path("roles").forEach(role -> roles.add(role.asText()));
        assertThat(roles).as("roles in %s", response).contains("afdelingsmanager", "medewerker");
        assertThat(session.path("afdeling").asText()).as("afdeling in %s", response).isEqualTo("openbare-ruimte");
        assertThat(response.body()).as("tokens never reach the browser: %s", response)
                .doesNotContainPattern("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")
                .doesNotContainIgnoringCase("access_token").doesNotContainIgnoringCase("accessToken")
                .doesNotContainIgnoringCase("refresh_token").doesNotContainIgnoringCase("refreshToken")
                .doesNotContainIgnoringCase("id_token").doesNotContainIgnoringCase("idToken");
    }

    @Test
    void theSessionCookieAloneReachesTheServicesAndSurvivesRelayedCalls() {
        BrowserSession browser = new BrowserSession().loggedInAs(USER);

        Response first = browser.get(ASSET_TYPES, JSON);
        assertList(first);
        assertApiVersion(first);
        Response second = browser.get(ASSET_TYPES, JSON);
        assertList(second);
        assertList(browser.get(Api.BUDGET.readPath(), JSON));

        Response session = browser.get("/session", JSON);
        assertThat(session.status()).as("the session still stands after relayed calls: %s", session).isEqualTo(200);
        assertThat(session.json().path("username").asText()).isEqualTo(USER);
    }

    @Test
    void aSessionWriteWithoutTheCsrfTokenIsRefusedByTheGateway() {
        BrowserSession browser = new BrowserSession().loggedInAs(USER);

        Response response = browser.post(ASSET_TYPES, "application/json", "{}");

        assertProblem(response, 403);
    }

    @Test
    void aSessionWriteWithTheCsrfTokenPassesTheGatewayAndReachesTheService() {
        BrowserSession browser = new BrowserSession().loggedInAs(USER);
        String csrf = csrfToken(browser);

        Response response = browser.post(ASSET_TYPES, "application/json", "{}", "X-XSRF-TOKEN", csrf);

        // 405 comes from the service (read-only endpoint): the gateway let the write through.
        assertProblem(response, 405);
        assertApiVersion(response);
    }

    @Test
    void anApiCallWithoutSessionOrTokenIs401ProblemNotARedirect() {
        Response response = new BrowserSession().get(ASSET_TYPES, JSON);

        assertProblem(response, 401);
    }

    @Test
    void logoutGoesThroughKeycloakAndEndsTheSession() {
        BrowserSession browser = new BrowserSession().loggedInAs(USER);
        String csrf = csrfToken(browser);
        String oldCookies = browser.gatewayCookieHeader().orElseThrow();

        Response logout = browser.send("POST", browser.gateway("/logout"), "",
                "Content-Type", "application/x-www-form-urlencoded", "Accept", HTML, "X-XSRF-TOKEN", csrf);

        assertThat(logout.isRedirect()).as("logout redirects: %s", logout).isTrue();
        assertThat(withoutQuery(logout.location())).as("to Keycloak's end-session endpoint: %s", logout)
                .isEqualTo(keycloak.endSessionEndpoint());

        Response afterwards = Http.get(browser.gateway("/session"), "Accept", JSON, "Cookie", oldCookies);
        boolean refused = afterwards.status() == 401
                || afterwards.isRedirect() && !afterwards.location().getPath().equals("/session");
        assertThat(refused).as("the old session cookie no longer works: %s", afterwards).isTrue();
    }

    private String csrfToken(BrowserSession browser) {
        // A page load (and /session) is where a browser app picks up the XSRF-TOKEN cookie.
        if (browser.csrfToken().isEmpty()) {
            browser.get("/session", JSON);
        }
        return browser.csrfToken().orElseThrow(() -> new AssertionError(
                "the gateway set no XSRF-TOKEN cookie after login and GET /session; cookie header now: "
                        + browser.gatewayCookieHeader().orElse("(none)")));
    }

    private void assertRedirectToGateway(Response response, String pathPrefix, LoginTrail trail) {
        assertThat(response.status()).as("%s", trail).isEqualTo(302);
        URI location = response.location();
        assertThat(location.getHost() + ":" + location.getPort()).as("redirect stays on the gateway; %s", trail)
                .isEqualTo(suite.gateway().getHost() + ":" + suite.gateway().getPort());
        assertThat(location.getPath()).as("redirect path; %s", trail).startsWith(pathPrefix);
    }

    private static URI withoutQuery(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                parameters.put(name, value);
            }
        }
        return parameters;
    }
}
