package nl.assen.groenagenda.workflow.task;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import nl.assen.groenagenda.workflow.WorkflowIntegrationTest;
import nl.assen.groenagenda.workflow.client.AgendaClient;
import nl.assen.groenagenda.workflow.client.AgendaItemView;
import nl.assen.groenagenda.workflow.client.BudgetClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The task API against the real engine and database, with small models of its own under other keys
 * (so the real models, deployed by other tests on the same database, are never shadowed). The other
 * services are Mockito beans in place of their clients: what is tested is this service's rules, not
 * HTTP to its neighbours. All subclasses share this one configuration, hence one context.
 */
@TestPropertySource(properties = {
        "groenagenda.workflow.processes.approval=" + TaskApiTest.APPROVAL,
        "groenagenda.workflow.processes.cycle=" + TaskApiTest.CYCLE})
abstract class TaskApiTest extends WorkflowIntegrationTest {

    static final String APPROVAL = "test-agendaItemApproval";
    static final String CYCLE = "test-kaderbriefCycle";
    static final String API = "/api/workflow/v1";

    @MockitoBean
    AgendaClient agenda;
    @MockitoBean
    BudgetClient budget;

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void deployTheTestModelsAndStartClean() {
        // Same name and content as an earlier run: duplicate filtering keeps one definition each.
        repository.createDeployment().name("api-approval").addClasspathResource("bpmn/api-approval.bpmn")
                .enableDuplicateFiltering(false).deploy();
        repository.createDeployment().name("api-cycle").addClasspathResource("bpmn/api-cycle.bpmn")
                .enableDuplicateFiltering(false).deploy();
        removeInstances();
    }

    /** Also afterwards: other tests on this database count the open tasks of the same groups. */
    @AfterEach
    void removeInstances() {
        for (String key : List.of(APPROVAL, CYCLE)) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test cleanup"));
        }
    }

    /** An approval waiting at the manager's review, as agenda-service's submission starts it. */
    String startApproval(String agendaItemId, String department) {
        return runtime.startProcessInstanceByKey(APPROVAL, agendaItemId, approvalVariables(agendaItemId, department))
                .getId();
    }

    /** An approval that has got as far as the given step (its earlier steps skipped). */
    String startApprovalAt(String activityId, String agendaItemId, String department, Map<String, Object> more) {
        Map<String, Object> variables = approvalVariables(agendaItemId, department);
        variables.putAll(more);
        return runtime.createProcessInstanceByKey(APPROVAL).businessKey(agendaItemId).setVariables(variables)
                .startBeforeActivity(activityId).execute().getId();
    }

    String startCycleAt(String activityId, int year) {
        return runtime.createProcessInstanceByKey(CYCLE).businessKey("kaderbrief-" + year)
                .setVariables(Map.of("year", year, "claimDeadline", year - 1 + "-03-01"))
                .startBeforeActivity(activityId).execute().getId();
    }

    Task openTask(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    void agendaItemHasStatus(String agendaItemId, String status) {
        org.mockito.Mockito.when(agenda.item(agendaItemId)).thenReturn(new AgendaItemView(agendaItemId, status,
                "openbare-ruimte", "Bomen Kloosterveen", "6.5.1", List.of(), 3, null, null));
    }

    long decisionRows(String taskId) {
        Long count = jdbc.queryForObject("select count(*) from workflow.decision where task_id = ?", Long.class, taskId);
        return count == null ? 0 : count;
    }

    static String newItemId() {
        return UUID.randomUUID().toString();
    }

    static JwtRequestPostProcessor managerOr() {
        return caller("manager-or", "openbare-ruimte", "afdelingsmanager", "medewerker");
    }

    static JwtRequestPostProcessor otherManagerOr() {
        return caller("manager-or-2", "openbare-ruimte", "afdelingsmanager", "medewerker");
    }

    static JwtRequestPostProcessor managerRo() {
        return caller("manager-ro", "ruimtelijke-ontwikkeling", "afdelingsmanager", "medewerker");
    }

    static JwtRequestPostProcessor finance() {
        return caller("financien", null, "financieel-adviseur");
    }

    /** A service account's token: no person's roles, recognised by the client that obtained it. */
    static JwtRequestPostProcessor serviceAccount(String client) {
        return jwt().jwt(token -> token.subject(UUID.randomUUID().toString())
                        .audience(List.of("workflow"))
                        .claim("azp", client)
                        .claim("preferred_username", "service-account-" + client)
                        .claim("realm_access", Map.of("roles", List.of("default-roles-groenagenda"))))
                .authorities(RealmRoleConverter::authorities);
    }

    private static Map<String, Object> approvalVariables(String agendaItemId, String department) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("agendaItemId", agendaItemId);
        variables.put("submissionId", UUID.randomUUID().toString());
        variables.put("sequence", 1);
        variables.put("department", department);
        variables.put("title", "Bomen Kloosterveen");
        variables.put("submittedBy", "medewerker");
        return variables;
    }
}
