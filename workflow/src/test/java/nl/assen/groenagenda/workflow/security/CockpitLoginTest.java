package nl.assen.groenagenda.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.assen.groenagenda.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * Camunda's webapps are behind single sign-on through Keycloak, for {@code beheerder} only, while
 * the API next to them stays a stateless resource server that never redirects.
 */
class CockpitLoginTest extends WorkflowIntegrationTest {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aBrowserWithoutSessionIsSentToKeycloaksLoginWithPkce() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(get(COCKPIT).session(session).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
                .andExpect(status().isFound())
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith("/oauth2/authorization/workflow-cockpit")));

        mvc.perform(get("/oauth2/authorization/workflow-cockpit").session(session).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
                .andExpect(status().isFound())
                .andExpect(header().string(HttpHeaders.LOCATION, startsWith(KEYCLOAK.issuer() + "/protocol/openid-connect/auth?")))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("response_type=code")))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("client_id=workflow-cockpit")))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("scope=openid%20profile")))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("code_challenge_method=S256")))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("code_challenge=")))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("nonce=")));
    }

    @Test
    void theWebappsOwnCallsWithoutSessionAre401NotARedirect() throws Exception {
        mvc.perform(get("/camunda/api/admin/auth/user/default").header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBeheerderIsServedTheWebapps() throws Exception {
        // MockMvc has only the DispatcherServlet: Cockpit's page itself, which Camunda's servlet
        // filter renders, is proven over real HTTP in CockpitSingleSignOnTest.
        mvc.perform(get("/camunda/app/cockpit/index.html").with(browserUser("beheerder", "beheerder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Camunda Cockpit")));
    }

    @Test
    void anyOtherRoleIsRefusedTheWebappsWithAProblem() throws Exception {
        for (String role : new String[] {"medewerker", "afdelingsmanager", "financieel-adviseur", "raad"}) {
            mvc.perform(get(COCKPIT).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).with(browserUser("iemand", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Geen toegang"));
        }
    }

    @Test
    void theTaskApiStaysBearerOnlyAndNeverRedirectsOrStartsASession() throws Exception {
        var result = mvc.perform(get("/api/workflow/v1/tasks").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:unauthenticated"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void engineRestWithoutTokenIs401ProblemEvenForABrowser() throws Exception {
        mvc.perform(get("/engine-rest/engine").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:unauthenticated"));
    }

    /** A user as the cockpit chain's login leaves them: realm roles from the access token. */
    private static OidcLoginRequestPostProcessor browserUser(String username, String role) {
        return oidcLogin()
                .idToken(token -> token.claim("preferred_username", username))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
