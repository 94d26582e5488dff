package nl.assen.groenagenda.workflow.security;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.assen.groenagenda.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** Who may call what: the role matrix, with tokens as the gateway relays them. */
class AccessRulesTest extends WorkflowIntegrationTest {

    private static final String TASKS = "/api/workflow/v1/tasks";

    @Test
    void taskListWithoutTokenIs401ProblemWithBearerChallenge() throws Exception {
        mvc.perform(get(TASKS))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:unauthenticated"))
                .andExpect(jsonPath("$.title").value("Niet geauthenticeerd"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void taskListForTheCouncilIs403Problem() throws Exception {
        mvc.perform(get(TASKS).with(caller("griffie", null, "raad")))
                .andExpect(status().isForbidden())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:forbidden"))
                .andExpect(jsonPath("$.title").value("Geen toegang"))
                .andExpect(jsonPath("$.status").value(403));
    }

    @ParameterizedTest
    @ValueSource(strings = {"medewerker", "afdelingsmanager", "financieel-adviseur", "beheerder"})
    void taskListAnswersEachStaffRole(String role) throws Exception {
        mvc.perform(get(TASKS).with(caller("iemand-" + role, "samenleving", role)))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.pageSize").value(50));
    }

    @Test
    void aRoleThatIsNotTheSuitesGetsNoAccess() throws Exception {
        mvc.perform(get(TASKS).with(caller("x", null, "offline_access", "uma_authorization")))
                .andExpect(status().isForbidden());
    }

    @Test
    void engineRestApiIsForBeheerderOnly() throws Exception {
        mvc.perform(get("/engine-rest/engine"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:unauthenticated"));
        mvc.perform(get("/engine-rest/engine").with(caller("manager-or", "openbare-ruimte", "afdelingsmanager", "medewerker")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:forbidden"));
    }

    @Test
    void anEndpointWithoutARuleIsRefusedEvenToBeheerder() throws Exception {
        // The actuator's index and the error page are handlers that no rule opens.
        mvc.perform(get("/actuator").with(withRoles("beheerder")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:forbidden"));
        mvc.perform(get("/error"))
                .andExpect(status().isUnauthorized());
    }
}
