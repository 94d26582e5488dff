package nl.assen.groenagenda.workflow.security;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import nl.assen.groenagenda.platform.security.Roles;
import nl.assen.groenagenda.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every endpoint of the task API: without a token 401, with a role the rule does not name (or a
 * service account it does not name) 403, with a named one the handler answers. The handlers' answers
 * here need no other service: unknown ids, or a body that is refused before anything is called.
 */
class EndpointRightsTest extends WorkflowIntegrationTest {

    private static final String API = "/api/workflow/v1";
    private static final List<String> ALL_ROLES = List.of(
            Roles.MEDEWERKER, Roles.AFDELINGSMANAGER, Roles.FINANCIEEL_ADVISEUR, Roles.RAAD, Roles.BEHEERDER);

    /** An endpoint, the roles its rule names, and the service account it names (or null). */
    record Endpoint(HttpMethod method, String path, Set<String> roles, String client) {

        MockHttpServletRequestBuilder request() {
            return MockMvcRequestBuilders.request(method, path).contentType(MediaType.APPLICATION_JSON).content("{}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        Set<String> taskRoles = Set.of(Roles.AFDELINGSMANAGER, Roles.FINANCIEEL_ADVISEUR, Roles.BEHEERDER);
        String task = API + "/tasks/no-such-task";
        String item = API + "/agenda-items/" + UUID.randomUUID();
        return Stream.of(
                new Endpoint(HttpMethod.POST, API + "/approvals", Set.of(), "agenda-service"),
                new Endpoint(HttpMethod.GET, task,
                        Set.of(Roles.MEDEWERKER, Roles.AFDELINGSMANAGER, Roles.FINANCIEEL_ADVISEUR, Roles.BEHEERDER), null),
                new Endpoint(HttpMethod.POST, task + "/claim", taskRoles, null),
                new Endpoint(HttpMethod.POST, task + "/unclaim", taskRoles, null),
                new Endpoint(HttpMethod.POST, task + "/completion", taskRoles, null),
                new Endpoint(HttpMethod.GET, item + "/decisions", taskRoles, null),
                new Endpoint(HttpMethod.GET, item + "/process",
                        Set.of(Roles.MEDEWERKER, Roles.AFDELINGSMANAGER, Roles.FINANCIEEL_ADVISEUR, Roles.BEHEERDER), null),
                new Endpoint(HttpMethod.POST, API + "/kaderbrief-cycles/2027/process", Set.of(Roles.FINANCIEEL_ADVISEUR), null),
                new Endpoint(HttpMethod.POST, API + "/kaderbrief-cycles/2027/decisions", Set.of(Roles.FINANCIEEL_ADVISEUR), null));
    }

    static Stream<Arguments> rolesNotNamed() {
        return endpoints().flatMap(endpoint -> ALL_ROLES.stream()
                .filter(role -> !endpoint.roles().contains(role))
                .map(role -> Arguments.of(endpoint, role)));
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("endpoints")
    void withoutATokenIs401(Endpoint endpoint) throws Exception {
        mvc.perform(endpoint.request())
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:unauthenticated"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rolesNotNamed")
    void aRoleTheRuleDoesNotNameIs403(Endpoint endpoint, String role) throws Exception {
        mvc.perform(endpoint.request().with(caller("iemand", "openbare-ruimte", role)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:forbidden"));
    }

    @ParameterizedTest(name = "{0} as a service account it does not name")
    @MethodSource("endpoints")
    void aServiceAccountTheRuleDoesNotNameIs403(Endpoint endpoint) throws Exception {
        for (String client : new String[] {"workflow", "budget-service", "groenagenda-cli",
                endpoint.client() == null ? "agenda-service" : "gateway"}) {
            mvc.perform(endpoint.request().with(serviceAccount(client)))
                    .andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest(name = "{0} for whom it names")
    @MethodSource("endpoints")
    void whomTheRuleNamesReachesTheHandler(Endpoint endpoint) throws Exception {
        if (endpoint.path().endsWith("/kaderbrief-cycles/2027/process")) {
            return; // its handler asks budget-service first: KaderbriefProcessTest covers it
        }
        List<JwtRequestPostProcessor> named = endpoint.client() != null
                ? List.of(serviceAccount(endpoint.client()))
                : endpoint.roles().stream()
                        .filter(role -> !role.equals(Roles.AFDELINGSMANAGER) || !endpoint.path().endsWith("/decisions"))
                        .map(role -> caller("iemand", "openbare-ruimte", role)).toList();
        for (JwtRequestPostProcessor caller : named) {
            mvc.perform(endpoint.request().with(caller))
                    .andExpect(status().is(oneOf(200, 400, 404)))
                    .andExpect(status().is(not(oneOf(401, 403))));
        }
    }

    private static JwtRequestPostProcessor serviceAccount(String client) {
        return jwt().jwt(token -> token.subject(UUID.randomUUID().toString())
                        .audience(List.of("workflow"))
                        .claim("azp", client)
                        .claim("realm_access", Map.of("roles", List.of("default-roles-groenagenda"))))
                .authorities(RealmRoleConverter::authorities);
    }
}
