package nl.assen.groenagenda.workflow.task;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import nl.assen.groenagenda.workflow.WorkflowIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** The task list against a real engine, with a test-only process that offers one task to a group. */
class TaskListTest extends WorkflowIntegrationTest {

    private static final String PROCESS = "test-inbox";
    private static final String TASKS = "/api/workflow/v1/tasks";
    private static final String MANAGERS_OR = "afdelingsmanager:openbare-ruimte";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @BeforeEach
    void deployTheTestProcess() {
        // Same name and content as an earlier run: duplicate filtering keeps one definition.
        repository.createDeployment()
                .name(PROCESS)
                .addClasspathResource("bpmn/test-inbox.bpmn")
                .enableDuplicateFiltering(false)
                .deploy();
        removeInstances();
    }

    @AfterEach
    void removeInstances() {
        ClockUtil.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test cleanup"));
    }

    @Test
    void aMemberOfTheCandidateGroupSeesTheTaskWithItsAgendaItemAndDecisions() throws Exception {
        String instanceId = start("item-17", MANAGERS_OR, Instant.parse("2025-03-01T09:00:00Z"));

        mvc.perform(get(TASKS).with(managerOr()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.totalPages").value(1))
                .andExpect(jsonPath("$.items[0].id").isNotEmpty())
                .andExpect(jsonPath("$.items[0].name").value("Agendapunt beoordelen"))
                .andExpect(jsonPath("$.items[0].agendaItemId").value("item-17"))
                .andExpect(jsonPath("$.items[0].title").value("Speelweide item-17"))
                .andExpect(jsonPath("$.items[0].processInstanceId").value(instanceId))
                .andExpect(jsonPath("$.items[0].created").value("2025-03-01T09:00:00Z"))
                .andExpect(jsonPath("$.items[0].due").isEmpty())
                .andExpect(jsonPath("$.items[0].assignee").isEmpty())
                .andExpect(jsonPath("$.items[0].decisions").value(org.hamcrest.Matchers.contains("APPROVE", "RETURN", "REJECT")));
    }

    @Test
    void othersDoNotSeeATaskOfferedToAnotherDepartmentsManagers() throws Exception {
        start("item-17", MANAGERS_OR, Instant.parse("2025-03-01T09:00:00Z"));

        for (JwtRequestPostProcessor other : new JwtRequestPostProcessor[] {
                caller("manager-ro", "ruimtelijke-ontwikkeling", "afdelingsmanager", "medewerker"),
                caller("medewerker", "openbare-ruimte", "medewerker"),
                caller("financien", null, "financieel-adviseur"),
                caller("beheerder", null, "beheerder")}) {
            mvc.perform(get(TASKS).with(other))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(0))
                    .andExpect(jsonPath("$.items").isEmpty());
        }
    }

    @Test
    void aClaimedTaskIsTheAssigneesAndNoLongerTheGroups() throws Exception {
        String instanceId = start("item-18", MANAGERS_OR, Instant.parse("2025-03-01T09:00:00Z"));
        tasks.claim(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId(), "financien");

        mvc.perform(get(TASKS).with(caller("financien", null, "financieel-adviseur")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].assignee").value("financien"));
        mvc.perform(get(TASKS).with(managerOr()))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void pagesFollowCreationTimeNotStartOrderAndLinkToEachOther() throws Exception {
        start("item-c", MANAGERS_OR, Instant.parse("2025-03-03T09:00:00Z"));
        start("item-a", MANAGERS_OR, Instant.parse("2025-03-01T09:00:00Z"));
        start("item-b", MANAGERS_OR, Instant.parse("2025-03-02T09:00:00Z"));

        mvc.perform(get(TASKS).param("page", "1").param("pageSize", "2").with(managerOr()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].agendaItemId").value(org.hamcrest.Matchers.contains("item-a", "item-b")))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.pageSize").value(2))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(header().string("Link", "<" + TASKS + "?page=1&pageSize=2>; rel=\"first\", "
                        + "<" + TASKS + "?page=2&pageSize=2>; rel=\"next\", "
                        + "<" + TASKS + "?page=2&pageSize=2>; rel=\"last\""));

        mvc.perform(get(TASKS).param("page", "2").param("pageSize", "2").with(managerOr()))
                .andExpect(jsonPath("$.items[*].agendaItemId").value(org.hamcrest.Matchers.contains("item-c")))
                .andExpect(header().string("Link", containsString("rel=\"prev\"")))
                .andExpect(header().string("Link", not(containsString("rel=\"next\""))));
    }

    private static JwtRequestPostProcessor managerOr() {
        return caller("manager-or", "openbare-ruimte", "afdelingsmanager", "medewerker");
    }

    /** Starts an instance "at" the given moment, so creation times (and thus the order) are known. */
    private String start(String agendaItemId, String candidateGroup, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        try {
            return runtime.startProcessInstanceByKey(PROCESS, agendaItemId, Map.of("candidateGroup", candidateGroup,
                    "title", "Speelweide " + agendaItemId)).getId();
        } finally {
            ClockUtil.reset();
        }
    }
}
