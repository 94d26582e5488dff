package nl.assen.groenagenda.systemtest;

import static nl.assen.groenagenda.systemtest.BrowserSession.HTML;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.systemtest.BrowserSession.LoginTrail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Camunda's webapps, straight at the workflow service: a browser is sent to Keycloak's login form and
 * back (Keycloak client {@code workflow-cockpit}, authorization code + PKCE); a {@code beheerder}
 * lands in Cockpit as a Camunda administrator, anyone else on a 403. Camunda's own login form and
 * its admin password play no part.
 */
class CockpitLoginSystemTest {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";

    private final Keycloak keycloak = Keycloak.instance();
    private final Suite suite = Suite.current();

    @Test
    void aBeheerderLandsInCockpitAsCamundaAdministrator() {
        var browser = new BrowserSession();
        LoginTrail trail = logIn(browser, "beheerder");

        Response cockpit = trail.last();
        assertThat(cockpit.status()).as("%s", trail).isEqualTo(200);
        assertThat(cockpit.uri().getPath()).as("%s", trail).isEqualTo(COCKPIT);
        assertThat(cockpit.contentType()).as("%s", trail).startsWith("text/html");
        assertThat(cockpit.body()).as("Cockpit's page").contains("Camunda Cockpit");

        Response user = browser.get(workflow("/camunda/api/admin/auth/user/default"), BrowserSession.JSON);
        assertThat(user.status()).as("%s", user).isEqualTo(200);
        assertThat(user.json().path("userId").asText()).isEqualTo("beheerder");
        List<String> apps = new ArrayList<>();
        user.json().path("authorizedApps").forEach(app -> apps.add(app.asText()));
        assertThat(apps).as("%s", user).contains("cockpit", "tasklist", "admin");
    }

    @Test
    void aMedewerkerLogsInButIsRefusedCockpit() {
        LoginTrail trail = logIn(new BrowserSession(), "medewerker");

        Response refused = trail.last();
        assertThat(refused.status()).as("%s", trail).isEqualTo(403);
        assertThat(refused.uri().getPath()).as("%s", trail).isEqualTo(COCKPIT);
        assertThat(refused.contentType()).as("%s", trail).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("Camunda Cockpit");
    }

    @Test
    void theWorkflowApiStillAnswersABrowserWith401NotARedirect() {
        Response response = new BrowserSession().get(workflow(Api.WORKFLOW.readPath()), HTML);

        assertThat(response.status()).as("%s", response).isEqualTo(401);
        assertThat(response.header("Location")).as("%s", response).isEmpty();
        assertThat(response.contentType()).as("%s", response).startsWith("application/problem+json");
    }

    /** Opens Cockpit, follows the redirects to Keycloak's form, submits it, follows them back. */
    private LoginTrail logIn(BrowserSession browser, String user) {
        List<Response> hops = new ArrayList<>();
        Response loginPage = browser.follow(browser.get(workflow(COCKPIT), HTML), hops);
        assertThat(hops.size()).as("Cockpit, the login start, Keycloak; %s", new LoginTrail(hops)).isEqualTo(3);
        URI authorization = hops.get(1).location();
        assertThat(URI.create(authorization.getScheme() + "://" + authorization.getRawAuthority() + authorization.getRawPath()))
                .as("redirect to Keycloak's authorization endpoint; %s", new LoginTrail(hops))
                .isEqualTo(keycloak.authorizationEndpoint());
        assertThat(authorization.getRawQuery()).contains("client_id=workflow-cockpit").contains("code_challenge_method=S256");
        assertThat(loginPage.status()).as("%s", new LoginTrail(hops)).isEqualTo(200);

        Element form = Jsoup.parse(loginPage.body(), loginPage.uri().toString()).getElementById("kc-form-login");
        assertThat(form).as("Keycloak's login form; %s", new LoginTrail(hops)).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type").toLowerCase();
            if (!type.equals("submit") && !type.equals("checkbox") && !type.equals("button")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.put("username", user);
        fields.put("password", user);
        Response submitted = browser.send("POST", URI.create(form.absUrl("action")), Keycloak.form(fields),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", HTML);
        browser.follow(submitted, hops);
        return new LoginTrail(hops);
    }

    private URI workflow(String path) {
        return URI.create(suite.direct(Api.WORKFLOW) + path);
    }
}
