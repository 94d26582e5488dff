package nl.assen.groenagenda.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** POST /approvals: agenda-service's outbox delivers at least once, the process starts exactly once. */
class ApprovalStartTest extends TaskApiTest {

    private static final String APPROVALS = API + "/approvals";

    @Autowired
    ObjectMapper json;
    @Autowired
    ApprovalStarts approvals;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aFirstDeliveryStartsTheApprovalWithTheSubmissionsVariablesAndARepeatAnswersTheSameInstance() throws Exception {
        String itemId = newItemId();
        String submissionId = UUID.randomUUID().toString();
        String body = body(submissionId, itemId);

        MvcResult first = mvc.perform(post(APPROVALS).with(serviceAccount("agenda-service"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agendaItemId").value(itemId))
                .andExpect(jsonPath("$.submissionId").value(submissionId))
                .andReturn();
        String instanceId = json.readTree(first.getResponse().getContentAsString()).path("processInstanceId").asText();

        mvc.perform(post(APPROVALS).with(serviceAccount("agenda-service"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processInstanceId").value(instanceId));

        var instance = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(itemId);
        assertThat(runtime.getVariables(instanceId)).containsAllEntriesOf(Map.of(
                "agendaItemId", itemId, "submissionId", submissionId, "sequence", 2,
                "department", "openbare-ruimte", "title", "Bomen langs de Vaart", "submittedBy", "medewerker"));
        assertThat(openTask(instanceId).getTaskDefinitionKey()).isEqualTo("managerReview");
    }

    @Test
    void tenConcurrentDeliveriesOfOneSubmissionStartOneInstance() throws Exception {
        String itemId = newItemId();
        String body = body(UUID.randomUUID().toString(), itemId);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<MvcResult>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return mvc.perform(post(APPROVALS).with(serviceAccount("agenda-service"))
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<String> instanceIds = new HashSet<>();
            for (Future<MvcResult> answer : answers) {
                MvcResult result = answer.get(60, TimeUnit.SECONDS);
                statuses.add(result.getResponse().getStatus());
                instanceIds.add(json.readTree(result.getResponse().getContentAsString()).path("processInstanceId").asText());
            }
            assertThat(statuses).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
            assertThat(instanceIds).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(APPROVAL)
                .processInstanceBusinessKey(itemId).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from workflow.approval_start where agenda_item_id = ?",
                Long.class, itemId)).isEqualTo(1);
    }

    @Test
    void theStartJoinsTheCallersTransactionSoARollbackLeavesNeitherRowNorInstance() {
        String itemId = newItemId();
        var request = new ApprovalRequest(UUID.randomUUID().toString(), itemId, 1, "openbare-ruimte", "Titel", "medewerker");

        transaction.executeWithoutResult(status -> {
            approvals.start(request);
            status.setRollbackOnly();
        });

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(itemId).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(itemId).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from workflow.approval_start where agenda_item_id = ?",
                Long.class, itemId)).isZero();
    }

    @Test
    void everyInvalidFieldIsListedAtOnce() throws Exception {
        mvc.perform(post(APPROVALS).with(serviceAccount("agenda-service")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"submissionId\": \"not-a-uuid\", \"sequence\": 0, \"department\": \"Openbare Ruimte\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:invalid-input"))
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder(
                        "submissionId", "agendaItemId", "sequence", "department", "title", "submittedBy")));
    }

    @Test
    void aSubmissionIdReusedForAnotherItemIsRefused() throws Exception {
        String submissionId = UUID.randomUUID().toString();
        mvc.perform(post(APPROVALS).with(serviceAccount("agenda-service")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(submissionId, newItemId())))
                .andExpect(status().isCreated());

        mvc.perform(post(APPROVALS).with(serviceAccount("agenda-service")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(submissionId, newItemId())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:submission-reused"));
    }

    private static String body(String submissionId, String itemId) {
        return """
                {"submissionId": "%s", "agendaItemId": "%s", "sequence": 2, "department": "openbare-ruimte",
                 "title": "Bomen langs de Vaart", "submittedBy": "medewerker"}""".formatted(submissionId, itemId);
    }
}
