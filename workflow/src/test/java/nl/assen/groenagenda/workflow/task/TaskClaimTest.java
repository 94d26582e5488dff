package nl.assen.groenagenda.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Claiming and handing back a task, and what the task list shows of it. */
class TaskClaimTest extends TaskApiTest {

    @Test
    void aManagerClaimsATaskOfTheirDepartmentAndHandsItBack() throws Exception {
        String instanceId = startApproval(newItemId(), "openbare-ruimte");
        String taskId = openTask(instanceId).getId();

        mvc.perform(post(API + "/tasks/{id}/claim", taskId).with(managerOr()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(taskId))
                .andExpect(jsonPath("$.assignee").value("manager-or"));
        assertThat(openTask(instanceId).getAssignee()).isEqualTo("manager-or");

        mvc.perform(post(API + "/tasks/{id}/claim", taskId).with(managerOr()))
                .andExpect(status().isOk());

        mvc.perform(post(API + "/tasks/{id}/unclaim", taskId).with(managerOr()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").isEmpty());
        assertThat(openTask(instanceId).getAssignee()).isNull();
    }

    @Test
    void aTaskAColleagueHoldsCannotBeClaimedOrHandedBackByAnother() throws Exception {
        String instanceId = startApproval(newItemId(), "openbare-ruimte");
        String taskId = openTask(instanceId).getId();
        tasks.claim(taskId, "manager-or-2");

        mvc.perform(post(API + "/tasks/{id}/claim", taskId).with(managerOr()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:task-claimed"));
        mvc.perform(post(API + "/tasks/{id}/unclaim", taskId).with(managerOr()))
                .andExpect(status().isConflict());
        assertThat(openTask(instanceId).getAssignee()).isEqualTo("manager-or-2");
    }

    @Test
    void aTaskOutsideTheCallersGroupsCannotBeClaimedAndAnUnknownOneIsNotFound() throws Exception {
        String instanceId = startApproval(newItemId(), "openbare-ruimte");
        String taskId = openTask(instanceId).getId();

        mvc.perform(post(API + "/tasks/{id}/claim", taskId).with(managerRo()))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/tasks/{id}/unclaim", taskId).with(managerRo()))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/tasks/{id}/claim", "no-such-task").with(managerOr()))
                .andExpect(status().isNotFound());
        assertThat(openTask(instanceId).getAssignee()).isNull();
    }

    @Test
    void oneTaskIsShownToItsGroupAlsoWhenAColleagueHoldsItAndToNobodyElse() throws Exception {
        String itemId = newItemId();
        String instanceId = startApproval(itemId, "openbare-ruimte");
        String taskId = openTask(instanceId).getId();

        mvc.perform(get(API + "/tasks/{id}", taskId).with(managerOr()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(taskId))
                .andExpect(jsonPath("$.agendaItemId").value(itemId))
                .andExpect(jsonPath("$.assignee").isEmpty());
        tasks.claim(taskId, "manager-or-2");
        mvc.perform(get(API + "/tasks/{id}", taskId).with(managerOr()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("manager-or-2"));

        // Another department's manager learns nothing, not even that the task exists.
        mvc.perform(get(API + "/tasks/{id}", taskId).with(managerRo()))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/tasks/{id}", "no-such-task").with(managerOr()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTaskListShowsSinceWhenAReminderWasRegistered() throws Exception {
        String itemId = newItemId();
        String instanceId = startApproval(itemId, "openbare-ruimte");
        tasks.setVariableLocal(openTask(instanceId).getId(), "reminderSince", "2026-03-16T07:00:00Z");

        mvc.perform(get(API + "/tasks").with(managerOr()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.agendaItemId == '" + itemId + "')].reminderSince")
                        .value("2026-03-16T07:00:00Z"));
        mvc.perform(get(API + "/tasks").with(managerRo()))
                .andExpect(jsonPath("$.items[?(@.agendaItemId == '" + itemId + "')]").isEmpty());
    }
}
