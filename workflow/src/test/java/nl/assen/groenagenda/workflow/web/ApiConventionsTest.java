package nl.assen.groenagenda.workflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.assen.groenagenda.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** NL API Design Rules as this service applies them, on answers that need no process at all. */
class ApiConventionsTest extends WorkflowIntegrationTest {

    private static final String TASKS = "/api/workflow/v1/tasks";

    @Test
    void openApiDescriptionIsPublicWithContactAndSemverVersion() throws Exception {
        mvc.perform(get("/api/workflow/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(apiVersion())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.info.title").value("Groenagenda Workflow API"))
                .andExpect(jsonPath("$.info.version").value(matchesPattern("\\d+\\.\\d+\\.\\d+")))
                .andExpect(jsonPath("$.info.contact.name").isNotEmpty())
                .andExpect(jsonPath("$.info.contact.email").isNotEmpty())
                .andExpect(jsonPath("$.info.contact.url").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/workflow/v1/tasks'].get").exists())
                .andExpect(jsonPath("$.paths['/error']").doesNotExist());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void trailingSlashIs404ProblemWithOrWithoutToken(boolean withToken) throws Exception {
        var request = get(TASKS + "/");
        if (withToken) {
            request.with(withRoles("medewerker"));
        }
        mvc.perform(request)
                .andExpect(status().isNotFound())
                .andExpect(problem("not-found"))
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void unknownPathIs404ProblemEvenWithoutToken() throws Exception {
        mvc.perform(get("/api/workflow/v1/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(problem("not-found"))
                .andExpect(jsonPath("$.instance").value("/api/workflow/v1/no-such-thing"));
    }

    @Test
    void actuatorEndpointsThatAreNotExposedDoNotExist() throws Exception {
        mvc.perform(get("/actuator/env").with(withRoles("beheerder")))
                .andExpect(status().isNotFound())
                .andExpect(problem("not-found"));
    }

    @Test
    void wrongMethodOnAKnownPathIs405ProblemNamingTheAllowedOnes() throws Exception {
        mvc.perform(post(TASKS).with(withRoles("medewerker")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(problem("method-not-allowed"))
                .andExpect(header().string("Allow", containsString("GET")));
    }

    @Test
    void aFormatTheListCannotBeGivenInIs406Problem() throws Exception {
        mvc.perform(get(TASKS).with(withRoles("medewerker")).accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isNotAcceptable())
                .andExpect(problem("not-acceptable"));
    }

    @Test
    void invalidPagingIs400ListingEveryInvalidParameter() throws Exception {
        mvc.perform(get(TASKS).param("page", "0").param("pageSize", "501").with(withRoles("medewerker")))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-input"))
                .andExpect(jsonPath("$.invalidParams.length()").value(2))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'page')].reason").value("Moet 1 of groter zijn."))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'pageSize')].reason").value("Moet tussen 1 en 500 liggen."));
    }

    @Test
    void aPagingValueThatIsNoNumberIs400WithoutInternals() throws Exception {
        mvc.perform(get(TASKS).param("page", "abc").param("pageSize", "0").with(withRoles("medewerker")))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-input"))
                .andExpect(jsonPath("$.invalidParams.length()").value(2))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'page')].reason").value("Moet een geheel getal zijn."))
                .andExpect(content().string(not(containsString("java."))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void healthProbesInfoAndMetricsArePublic() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/info", "/actuator/prometheus"}) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(apiVersion());
        }
        mvc.perform(get("/actuator/info")).andExpect(jsonPath("$.build.artifact").value("workflow"));
    }

    @Test
    void anAcceptableCorrelationIdIsEchoedAndAnyOtherReplaced() throws Exception {
        mvc.perform(get("/api/workflow/v1/openapi.json").header("X-Correlation-ID", "abc-123"))
                .andExpect(header().string("X-Correlation-ID", "abc-123"));
        mvc.perform(get("/api/workflow/v1/openapi.json").header("X-Correlation-ID", "evil\nlog line"))
                .andExpect(header().string("X-Correlation-ID", matchesPattern("[0-9a-f-]{36}")));
    }

    private static ResultMatcher apiVersion() {
        return header().string("API-Version", "1.0.0");
    }

    static ResultMatcher problem(String slug) {
        return result -> {
            apiVersion().match(result);
            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
            jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:" + slug).match(result);
            jsonPath("$.title").isNotEmpty().match(result);
            jsonPath("$.status").value(result.getResponse().getStatus()).match(result);
        };
    }
}
