package nl.assen.groenagenda.workflow.cycle;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import nl.assen.groenagenda.workflow.process.ProcessTestSupport;
import nl.assen.groenagenda.workflow.process.ServiceStubs;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** "Kaderbriefcyclus": from the claim deadline through college and council to a decided cycle. */
@Deployment(resources = "bpmn/kaderbrief-cycle.bpmn")
class KaderbriefCycleTest extends ProcessTestSupport {

    private static final int YEAR = 2031;
    private static final String STATUS = "/api/budget/v1/kaderbrief-cycles/" + YEAR + "/status";

    private final ServiceStubs stubs = new ServiceStubs(SERVICES);

    @Test
    void theCycleClosesItsIntakeAtTheEndOfTheDeadlineAndMovesOnAsFinanceCompletesEachStep() {
        stubs.cycleStatusChanges(YEAR);
        ProcessInstance cycle = runtime.createProcessInstanceQuery().processInstanceId(
                start("kaderbriefCycle", "kaderbrief-" + YEAR, Map.of("year", YEAR, "claimDeadline", YEAR + "-03-01")))
                .singleResult();

        assertThat(cycle).isWaitingAt("intakeDeadline");
        Job deadline = management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult();
        // Claims may come in all day on 1 March: the intake closes at midnight in Assen (UTC+1 in winter).
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(Instant.parse(YEAR + "-03-01T23:00:00Z")));
        SERVICES.verify(0, postRequestedFor(urlEqualTo(STATUS)));

        management.executeJob(deadline.getId());
        runJobs(cycle.getId());
        assertThat(cycle).hasPassed("closeIntake").isWaitingAt("bundleClaims");
        assertThat(task(cycle)).hasCandidateGroup("financieel-adviseur").hasName("Claims bundelen voor het college");
        verifyStatus("SENT_TO_COLLEGE", 1);

        complete(cycle, "DONE", null);
        assertThat(cycle).isWaitingAt("recordCollegeProposal");
        assertThat(task(cycle)).hasCandidateGroup("financieel-adviseur");
        complete(cycle, "DONE", "Collegevoorstel 2031-112");
        runJobs(cycle.getId());
        assertThat(cycle).hasPassed("sendToCouncil").isWaitingAt("recordCouncilDecisions");
        verifyStatus("SENT_TO_COUNCIL", 1);

        complete(cycle, "DONE", null);
        runJobs(cycle.getId());
        assertThat(cycle).hasPassedInOrder("closeIntake", "bundleClaims", "recordCollegeProposal", "sendToCouncil",
                "recordCouncilDecisions", "closeCycle").isEnded();
        verifyStatus("DECIDED", 1);
        SERVICES.verify(3, postRequestedFor(urlEqualTo(STATUS)));
    }

    private void complete(ProcessInstance cycle, String decision, String motivation) {
        var variables = new java.util.HashMap<String, Object>();
        variables.put("decision", decision);
        variables.put("motivation", motivation);
        tasks.complete(task(cycle).getId(), variables);
    }

    private void verifyStatus(String status, int times) {
        SERVICES.verify(times, postRequestedFor(urlEqualTo(STATUS))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(equalToJson("{\"status\": \"" + status + "\"}", false, true)));
    }
}
