package nl.assen.groenagenda.workflow.task;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** GET /agenda-items/{id}/decisions and /process: the item's record and where its approval stands. */
class AgendaItemProgressTest extends TaskApiTest {

    @Test
    void theDecisionsOnAnItemAreListedOldestFirstToFinanceAndTheItemsOwnManagerOnly() throws Exception {
        String itemId = newItemId();
        String instanceId = startApproval(itemId, "openbare-ruimte");
        agendaItemHasStatus(itemId, "SUBMITTED");
        mvc.perform(post(API + "/tasks/{id}/completion", openTask(instanceId).getId()).with(managerOr())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"APPROVE\"}"))
                .andExpect(status().isOk());
        agendaItemHasStatus(itemId, "APPROVED");
        mvc.perform(post(API + "/tasks/{id}/completion", openTask(instanceId).getId()).with(finance())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"CLAIM\", \"motivation\": \"Geen ruimte in 2027.\"}"))
                .andExpect(status().isOk());

        for (var reader : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {managerOr(), finance()}) {
            mvc.perform(get(API + "/agenda-items/{id}/decisions", itemId).with(reader))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(2))
                    .andExpect(jsonPath("$.items[*].decision").value(contains("APPROVE", "CLAIM")))
                    .andExpect(jsonPath("$.items[*].decidedBy").value(contains("manager-or", "financien")))
                    .andExpect(jsonPath("$.items[1].motivation").value("Geen ruimte in 2027."));
        }
        mvc.perform(get(API + "/agenda-items/{id}/decisions", itemId).with(managerRo()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRunningApprovalShowsItsCurrentStepByItsDutchName() throws Exception {
        String itemId = newItemId();
        String instanceId = startApproval(itemId, "openbare-ruimte");

        mvc.perform(get(API + "/agenda-items/{id}/process", itemId).with(caller("medewerker", "openbare-ruimte", "medewerker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processInstanceId").value(instanceId))
                .andExpect(jsonPath("$.state").value("ACTIVE"))
                .andExpect(jsonPath("$.activities[0].id").value("managerReview"))
                .andExpect(jsonPath("$.activities[0].name").value("Agendapunt beoordelen"))
                .andExpect(jsonPath("$.incidents").isEmpty())
                .andExpect(jsonPath("$.startTime").isNotEmpty())
                .andExpect(jsonPath("$.endTime").isEmpty())
                .andExpect(jsonPath("$.submissionId").isNotEmpty());
    }

    @Test
    void anApprovalStuckOnAFailedStepShowsTheIncident() throws Exception {
        String itemId = newItemId();
        String instanceId = startApproval(itemId, "openbare-ruimte");
        runtime.createIncident("failedJob", instanceId, "test", "agenda-service antwoordde niet");

        mvc.perform(get(API + "/agenda-items/{id}/process", itemId).with(finance()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("INCIDENT"))
                .andExpect(jsonPath("$.incidents[0].message").value("agenda-service antwoordde niet"));
    }

    @Test
    void theLatestApprovalCountsAndAFinishedOneIsCompleted() throws Exception {
        String itemId = newItemId();
        // Earlier for certain, whatever the clock's resolution: "latest" is by start time.
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2025-01-01T09:00:00Z")));
        try {
            startApproval(itemId, "openbare-ruimte");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(itemId)
                .singleResult().getId(), "teruggestuurd");
        String second = startApprovalAt("councilDecision", itemId, "openbare-ruimte", Map.of("claimId", newItemId()));
        runtime.correlateMessage("councilDecision", itemId);

        mvc.perform(get(API + "/agenda-items/{id}/process", itemId).with(finance()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processInstanceId").value(second))
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.activities").isEmpty())
                .andExpect(jsonPath("$.endTime").isNotEmpty());
    }

    @Test
    void anItemWithoutApprovalIs404() throws Exception {
        mvc.perform(get(API + "/agenda-items/{id}/process", newItemId()).with(finance()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:not-found"));
    }
}
