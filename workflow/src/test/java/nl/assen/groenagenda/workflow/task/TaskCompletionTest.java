package nl.assen.groenagenda.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

/** POST /tasks/{id}/completion: the contract's rules per step, and exactly one decision per task. */
class TaskCompletionTest extends TaskApiTest {

    @Test
    void theManagersApprovalIsRecordedOnceAndMovesTheProcessOnWithTheManagersVariables() throws Exception {
        String itemId = newItemId();
        String instanceId = startApproval(itemId, "openbare-ruimte");
        String taskId = openTask(instanceId).getId();
        agendaItemHasStatus(itemId, "SUBMITTED");

        complete(taskId, managerOr(), "{\"decision\": \"APPROVE\", \"motivation\": \"Past in de groenvisie.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("APPROVE"))
                .andExpect(jsonPath("$.decidedBy").value("manager-or"))
                .andExpect(jsonPath("$.taskDefinitionKey").value("managerReview"));

        assertThat(openTask(instanceId).getTaskDefinitionKey()).isEqualTo("financeAdvice");
        assertThat(variables(instanceId)).containsAllEntriesOf(Map.of(
                "managerDecision", "APPROVE", "managerMotivation", "Past in de groenvisie.", "managerName", "manager-or"));
        assertThat(decisionRows(taskId)).isEqualTo(1);

        complete(taskId, managerOr(), "{\"decision\": \"APPROVE\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:not-found"));
        assertThat(decisionRows(taskId)).isEqualTo(1);
    }

    @Test
    void anUnknownDecisionIs400NamingTheTasksDecisions() throws Exception {
        String instanceId = startApproval(newItemId(), "openbare-ruimte");
        String taskId = openTask(instanceId).getId();

        complete(taskId, managerOr(), "{\"decision\": \"MAYBE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:invalid-input"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("decision"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("APPROVE, RETURN, REJECT")));
        assertThat(openTask(instanceId).getId()).isEqualTo(taskId);
        assertThat(decisionRows(taskId)).isZero();
    }

    @Test
    void returningOrRejectingWithoutMotivationIs400AndATooLongMotivationToo() throws Exception {
        String instanceId = startApproval(newItemId(), "openbare-ruimte");
        String taskId = openTask(instanceId).getId();

        for (String decision : new String[] {"RETURN", "REJECT"}) {
            complete(taskId, managerOr(), "{\"decision\": \"" + decision + "\", \"motivation\": \"  \"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.invalidParams[0].name").value("motivation"));
        }
        complete(taskId, managerOr(), "{\"decision\": \"RETURN\", \"motivation\": \"" + "x".repeat(4001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("motivation"));
        complete(taskId, managerOr(), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("decision")));
        assertThat(decisionRows(taskId)).isZero();
    }

    @Test
    void financeAdviceAlwaysNeedsAMotivationAndSetsTheFinanceVariables() throws Exception {
        String itemId = newItemId();
        String instanceId = startApprovalAt("financeAdvice", itemId, "openbare-ruimte", Map.of());
        String taskId = openTask(instanceId).getId();
        agendaItemHasStatus(itemId, "APPROVED");

        complete(taskId, finance(), "{\"decision\": \"CLAIM\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("motivation"));
        complete(taskId, finance(), "{\"decision\": \"CLAIM\", \"motivation\": \"Dekking via Kaderbrief.\"}")
                .andExpect(status().isOk());

        assertThat(variables(instanceId)).containsAllEntriesOf(Map.of(
                "financeDecision", "CLAIM", "financeMotivation", "Dekking via Kaderbrief.", "financeName", "financien"));
    }

    @Test
    void aTaskOutsideTheCallersGroupsIs403AndChangesNothing() throws Exception {
        String instanceId = startApproval(newItemId(), "openbare-ruimte");
        String taskId = openTask(instanceId).getId();

        complete(taskId, managerRo(), "{\"decision\": \"APPROVE\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:forbidden"));
        complete(taskId, finance(), "{\"decision\": \"APPROVE\"}")
                .andExpect(status().isForbidden());
        assertThat(decisionRows(taskId)).isZero();
    }

    @Test
    void aTaskThatDoesNotExistIs404() throws Exception {
        complete("no-such-task", managerOr(), "{\"decision\": \"APPROVE\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void aTaskAColleagueHoldsIs409() throws Exception {
        String instanceId = startApproval(newItemId(), "openbare-ruimte");
        String taskId = openTask(instanceId).getId();
        tasks.claim(taskId, "manager-or-2");

        complete(taskId, managerOr(), "{\"decision\": \"APPROVE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.assignee").value("manager-or-2"));
        assertThat(decisionRows(taskId)).isZero();
    }

    @Test
    void anItemThatMovedOnMeanwhileIs409AndTheTaskStaysOpen() throws Exception {
        String itemId = newItemId();
        String instanceId = startApproval(itemId, "openbare-ruimte");
        String taskId = openTask(instanceId).getId();
        agendaItemHasStatus(itemId, "RETURNED");

        complete(taskId, managerOr(), "{\"decision\": \"APPROVE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:item-changed"));

        when(agenda.item(itemId)).thenReturn(null);
        complete(taskId, managerOr(), "{\"decision\": \"APPROVE\"}")
                .andExpect(status().isConflict());
        assertThat(openTask(instanceId).getId()).isEqualTo(taskId);
        assertThat(decisionRows(taskId)).isZero();
    }

    @Test
    void theCouncilsDecisionsCannotBeClosedWhileAClaimIsPending() throws Exception {
        String instanceId = startCycleAt("recordCouncilDecisions", 2031);
        String taskId = openTask(instanceId).getId();
        when(budget.claims(2031)).thenReturn(java.util.List.of(claim("HONOURED"), claim("PENDING")));

        complete(taskId, finance(), "{\"decision\": \"DONE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:claims-pending"));

        when(budget.claims(2031)).thenReturn(java.util.List.of(claim("HONOURED"), claim("REFUSED")));
        complete(taskId, finance(), "{\"decision\": \"DONE\"}")
                .andExpect(status().isOk());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(variables(instanceId)).containsEntry("decision", "DONE");
    }

    @Test
    void theCollegeProposalNeedsItsReference() throws Exception {
        String instanceId = startCycleAt("recordCollegeProposal", 2032);
        String taskId = openTask(instanceId).getId();

        complete(taskId, finance(), "{\"decision\": \"DONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("motivation"));
        complete(taskId, finance(), "{\"decision\": \"DONE\", \"motivation\": \"Collegebesluit 2031/117\"}")
                .andExpect(status().isOk());
    }

    private ResultActions complete(String taskId, JwtRequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post(API + "/tasks/{id}/completion", taskId).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static com.fasterxml.jackson.databind.JsonNode claim(String status) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("status", status);
    }

    private Map<String, Object> variables(String instanceId) {
        var values = new java.util.HashMap<String, Object>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId).list()) {
            values.put(variable.getName(), variable.getValue());
        }
        return values;
    }
}
