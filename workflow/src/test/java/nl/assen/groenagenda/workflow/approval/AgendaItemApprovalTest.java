package nl.assen.groenagenda.workflow.approval;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.workflow.process.ProcessTestSupport;
import nl.assen.groenagenda.workflow.process.ServiceStubs;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Goedkeuring agendapunt", one test per path through the model: the manager's decision, the
 * coverage, finance advice and the council's decision on the claim, the reminder, and the failures.
 */
@Deployment(resources = "bpmn/agenda-item-approval.bpmn")
class AgendaItemApprovalTest extends ProcessTestSupport {

    private static final String PROCESS = "agendaItemApproval";
    private static final String ITEMS = "/api/agenda/v1/agenda-items/";

    private final ServiceStubs stubs = new ServiceStubs(SERVICES);
    private String item;
    private String submission;

    @BeforeEach
    void anItemAsAgendaServiceHasIt() {
        item = UUID.randomUUID().toString();
        submission = UUID.randomUUID().toString();
        stubs.agendaItem(item);
        stubs.transitionsAccepted(item);
    }

    @Test
    void anApprovedItemWhoseCostsAreCoveredIsReservedPerYearAndReportedCovered() {
        stubs.coverage(item, true, "0.00");
        stubs.reservationsMade(item);
        ProcessInstance approval = submit();

        assertThat(approval).isWaitingAt("managerReview");
        assertThat(task(approval)).hasCandidateGroup("afdelingsmanager:openbare-ruimte").hasName("Agendapunt beoordelen");
        decideAsManager(approval, "APPROVE", null);
        runJobs(approval.getId());

        assertThat(approval).hasPassedInOrder("managerReview", "reportApproved", "checkCoverage", "reserveBudget",
                "reportCovered").isEnded();
        assertThat(engineVariable(approval, "covered")).isEqualTo(true);
        SERVICES.verify(postRequestedFor(urlEqualTo("/api/budget/v1/coverage-checks"))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(equalToJson("""
                        {"budgetLineCode": "GROEN-MEEDOEN", "agendaItemId": "%s",
                         "costs": [{"year": 2026, "amount": 10000.00}, {"year": 2026, "amount": 2500.50},
                                   {"year": 2027, "amount": 4000.00}]}""".formatted(item))));
        SERVICES.verify(1, reservation(approval, "reserveBudget", 2026).withRequestBody(equalToJson("""
                {"budgetLineCode": "GROEN-MEEDOEN", "year": 2026, "amount": 12500.50, "agendaItemId": "%s",
                 "reason": "Goedgekeurd agendapunt: Bomen Kloosterveen"}""".formatted(item))));
        SERVICES.verify(1, reservation(approval, "reserveBudget", 2027)
                .withRequestBody(equalToJson("{\"year\": 2027, \"amount\": 4000.00}", false, true)));
        verifyTransition(approval, "reportApproved", "APPROVED");
        verifyTransition(approval, "reportCovered", "COVERED");
        SERVICES.verify(2, postRequestedFor(urlEqualTo(ITEMS + item + "/transitions")));
    }

    @Test
    void aReservationStepRetriedAfterAPartialSuccessAsksAgainWithTheSameKeysSoNothingIsReservedTwice() {
        stubs.coverage(item, true, "0.00");
        stubs.reservationsMade(item);
        SERVICES.stubFor(post(urlEqualTo("/api/budget/v1/reservations"))
                .withRequestBody(matchingJsonPath("$.year", equalTo("2027")))
                .inScenario("2027").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("back"));
        ProcessInstance approval = submit();
        decideAsManager(approval, "APPROVE", null);
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        camunda.setCurrentTime(Date.from(now));

        assertThatThrownBy(() -> runJobs(approval.getId())).hasMessageContaining("HTTP 503");
        assertThat(approval).isWaitingAt("reserveBudget");
        camunda.setCurrentTime(Date.from(now.plusSeconds(2)));
        runJobs(approval.getId());

        assertThat(approval).hasPassed("reportCovered").isEnded();
        // Budget-service answers a repeated key with the first reservation: 2026 is reserved once.
        SERVICES.verify(2, reservation(approval, "reserveBudget", 2026));
        SERVICES.verify(2, reservation(approval, "reserveBudget", 2027));
        verifyTransition(approval, "reportCovered", "COVERED");
    }

    @Test
    void aShortfallArisingAtTheReservationGoesToFinanceAdviceInsteadOfCovered() {
        stubs.coverage(item, true, "0.00");
        stubs.reservationsShortOfBudget();
        ProcessInstance approval = submit();
        decideAsManager(approval, "APPROVE", null);

        runJobs(approval.getId());

        assertThat(approval).isWaitingAt("financeAdvice").hasNotPassed("reportCovered");
        assertThat(task(approval)).hasCandidateGroup("financieel-adviseur").hasName("Financieel advies geven");
        assertThat(runtime.createIncidentQuery().processInstanceId(approval.getId()).count()).isZero();
        SERVICES.verify(0, postRequestedFor(urlEqualTo(ITEMS + item + "/transitions"))
                .withRequestBody(matchingJsonPath("$.status", equalTo("COVERED"))));
    }

    @Test
    void aShortfallInALaterYearReleasesTheYearsAlreadyReserved() {
        stubs.coverage(item, true, "0.00");
        stubs.reservationShortInSecondYear(item);
        ProcessInstance approval = submit();
        decideAsManager(approval, "APPROVE", null);

        runJobs(approval.getId());

        assertThat(approval).isWaitingAt("financeAdvice").hasNotPassed("reportCovered");
        SERVICES.verify(1, postRequestedFor(urlEqualTo("/api/budget/v1/reservations/0b5c1f0e-3a57-4f1e-9a53-2f1d8c0e7a11/release"))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN)));
    }

    @Test
    void aClaimTheCouncilHonoursPartlyReservesTheSmallerOfCostAndGrantPerYear() {
        ProcessInstance approval = claimed();
        String claimId = (String) engineVariable(approval, "claimId");
        stubs.claimDecided(item, claimId, "PARTLY_HONOURED", "8000.00", "4000.00", null);
        stubs.reservationsMade(item);

        councilDecides(claimId, "PARTLY_HONOURED", null);
        runJobs(approval.getId());

        assertThat(approval).hasPassedInOrder("councilDecision", "reserveAdopted", "reportAdopted").isEnded();
        SERVICES.verify(1, reservation(approval, "reserveAdopted", 2026)
                .withRequestBody(equalToJson("{\"year\": 2026, \"amount\": 8000.00}", false, true)));
        SERVICES.verify(1, reservation(approval, "reserveAdopted", 2027)
                .withRequestBody(equalToJson("{\"year\": 2027, \"amount\": 4000.00}", false, true)));
        verifyTransition(approval, "reportAdopted", "ADOPTED", "$.reason", "Claim deels gehonoreerd bij raadsbesluit RB-2026-07.");
    }

    @Test
    void aClaimRefusedWithReturnGoesBackToTheDrafterNamingTheCouncilDecision() {
        ProcessInstance approval = claimed();
        String claimId = (String) engineVariable(approval, "claimId");

        councilDecides(claimId, "REFUSED", "RETURN");
        runJobs(approval.getId());

        assertThat(approval).hasPassed("reportRefusedReturned").hasNotPassed("reserveAdopted").isEnded();
        verifyTransition(approval, "reportRefusedReturned", "RETURNED", "$.reason", "Claim afgewezen bij raadsbesluit RB-2026-07.");
        SERVICES.verify(0, postRequestedFor(urlEqualTo("/api/budget/v1/reservations")));
    }

    @Test
    void aClaimRefusedWithDeferMovesTheItemToTheNextCycle() {
        ProcessInstance approval = claimed();
        String claimId = (String) engineVariable(approval, "claimId");

        councilDecides(claimId, "REFUSED", "DEFER");
        runJobs(approval.getId());

        assertThat(approval).hasPassed("reportDeferred").hasNotPassed("reserveAdopted", "reportRefusedReturned").isEnded();
        verifyTransition(approval, "reportDeferred", "DEFERRED");
    }

    @Test
    void financeCanReturnAnUncoveredItemInsteadOfClaiming() {
        stubs.coverage(item, false, "4000.00");
        ProcessInstance approval = submit();
        decideAsManager(approval, "APPROVE", null);
        runJobs(approval.getId());

        decideAsFinance(approval, "RETURN", "Eerst een goedkopere variant uitwerken.");
        runJobs(approval.getId());

        assertThat(approval).hasPassed("reportReturnedByFinance").hasNotPassed("fileClaim").isEnded();
        verifyTransition(approval, "reportReturnedByFinance", "RETURNED", "$.reason", "Eerst een goedkopere variant uitwerken.", "$.actor", "financien");
    }

    @Test
    void aReturnedItemEndsThisApprovalAndItsResubmissionStartsAFreshOne() {
        ProcessInstance first = submit();
        decideAsManager(first, "RETURN", "Kosten per jaar onderbouwen.");
        runJobs(first.getId());

        assertThat(first).hasPassed("reportReturned").hasNotPassed("checkCoverage").isEnded();
        verifyTransition(first, "reportReturned", "RETURNED", "$.reason", "Kosten per jaar onderbouwen.", "$.actor", "manager-or");

        submission = UUID.randomUUID().toString();
        ProcessInstance second = submit();
        assertThat(second).isWaitingAt("managerReview");
        assertThat(second.getBusinessKey()).isEqualTo(first.getBusinessKey());
        decideAsManager(second, "REJECT", "Past niet in de Groenvisie.");
        runJobs(second.getId());
        verifyTransition(second, "reportRejected", "REJECTED", "$.submissionId", submission);
    }

    @Test
    void aRejectedItemIsReportedRejectedAndNothingIsReservedOrClaimed() {
        ProcessInstance approval = submit();
        decideAsManager(approval, "REJECT", "Past niet in de Groenvisie.");
        runJobs(approval.getId());

        assertThat(approval).hasPassed("reportRejected").hasNotPassed("reportApproved").isEnded();
        verifyTransition(approval, "reportRejected", "REJECTED", "$.reason", "Past niet in de Groenvisie.");
        SERVICES.verify(0, postRequestedFor(urlPathEqualTo("/api/budget/v1/coverage-checks")));
        SERVICES.verify(0, getRequestedFor(urlEqualTo(ITEMS + item)));
    }

    @Test
    void afterTenWorkingDaysTheManagerIsRemindedAndTheTaskStaysOpen() {
        // Friday 6 March 2026, 14:00 in Assen: ten working days on is Friday 20 March, 14:00.
        camunda.setCurrentTime(Date.from(Instant.parse("2026-03-06T13:00:00Z")));
        ProcessInstance approval = submit();
        Job reminder = management.createJobQuery().processInstanceId(approval.getId()).timers().singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-20T13:00:00Z")));
        assertThat(task(approval).getDueDate()).isEqualTo(reminder.getDuedate());

        camunda.setCurrentTime(Date.from(Instant.parse("2026-03-20T13:00:01Z")));
        management.executeJob(reminder.getId());
        runJobs(approval.getId());

        Task review = task(approval);
        assertThat(approval).isWaitingAt("managerReview").hasPassed("remindManager");
        assertThat(tasks.getVariableLocal(review.getId(), "reminderSince")).isEqualTo("2026-03-20T13:00:01Z");
        assertThat(runtime.getVariable(approval.getId(), "reminderSince")).isNull();
        SERVICES.verify(0, postRequestedFor(urlEqualTo(ITEMS + item + "/transitions")));
    }

    @Test
    void aServiceTaskThatKeepsFailingIsRetriedByTheConfiguredCycleAndThenBecomesAnIncident() {
        SERVICES.stubFor(post(urlEqualTo(ITEMS + item + "/transitions")).willReturn(serviceUnavailable()));
        ProcessInstance approval = submit();
        decideAsManager(approval, "APPROVE", null);

        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        camunda.setCurrentTime(Date.from(now));
        int attempts = 0;
        Job failing;
        while ((failing = jobWithRetriesLeft(approval)) != null && attempts < 20) {
            String job = failing.getId();
            assertThatThrownBy(() -> management.executeJob(job)).hasMessageContaining("HTTP 503");
            attempts++;
            if (attempts == 1) {
                // The first interval of the configured cycle (PT1S), not the engine's default of five minutes.
                assertThat(management.createJobQuery().jobId(job).singleResult().getDuedate())
                        .isEqualTo(Date.from(now.plusSeconds(1)));
            }
        }

        // The first attempt, then one retry per interval of the cycle.
        assertThat(attempts).isEqualTo(1 + RETRY_CYCLE.split(",").length);
        SERVICES.verify(attempts, postRequestedFor(urlEqualTo(ITEMS + item + "/transitions"))
                .withRequestBody(matchingJsonPath("$.transitionId", equalTo(approval.getId() + ":reportApproved"))));
        Incident incident = runtime.createIncidentQuery().processInstanceId(approval.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("reportApproved");
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(approval).isWaitingAt("reportApproved");
    }

    /** The instance's failed or pending asynchronous step, whether or not its next retry is due yet. */
    private Job jobWithRetriesLeft(ProcessInstance approval) {
        return management.createJobQuery().processInstanceId(approval.getId()).messages().withRetriesLeft()
                .singleResult();
    }

    /** Up to the claim: approved, not covered, finance advises a claim, filed in the lowest open cycle. */
    private ProcessInstance claimed() {
        stubs.coverage(item, false, "4000.00");
        stubs.cycles();
        String claimId = UUID.randomUUID().toString();
        stubs.claimFiled(item, claimId);
        ProcessInstance approval = submit();
        decideAsManager(approval, "APPROVE", "Mooi plan.");
        runJobs(approval.getId());
        assertThat(approval).isWaitingAt("financeAdvice");
        decideAsFinance(approval, "CLAIM", "Past in de Groenvisie; geen ruimte in de begroting.");
        runJobs(approval.getId());

        assertThat(approval).isWaitingAt("councilDecision")
                .hasPassedInOrder("checkCoverage", "financeAdvice", "fileClaim", "reportClaimed");
        assertThat(engineVariable(approval, "claimId")).isEqualTo(claimId);
        assertThat(engineVariable(approval, "kaderbriefYear")).isEqualTo(2026);
        SERVICES.verify(1, postRequestedFor(urlEqualTo("/api/budget/v1/kaderbrief-cycles/2026/claims"))
                .withHeader("Idempotency-Key", equalTo(approval.getId() + ":fileClaim"))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(equalToJson("""
                        {"budgetLineCode": "GROEN-MEEDOEN", "agendaItemId": "%s",
                         "motivation": "Past in de Groenvisie; geen ruimte in de begroting.",
                         "amounts": [{"year": 2026, "amount": 12500.50, "recurring": false},
                                     {"year": 2027, "amount": 4000.00, "recurring": true}]}""".formatted(item))));
        verifyTransition(approval, "reportClaimed", "CLAIMED", "$.kaderbriefYear", "2026", "$.claimId", claimId);
        return approval;
    }

    private ProcessInstance submit() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("agendaItemId", item);
        variables.put("submissionId", submission);
        variables.put("sequence", 1);
        variables.put("department", "openbare-ruimte");
        variables.put("title", "Bomen Kloosterveen");
        variables.put("submittedBy", "opsteller");
        String id = start(PROCESS, item, variables);
        return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private void decideAsManager(ProcessInstance approval, String decision, String motivation) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("managerDecision", decision);
        variables.put("managerMotivation", motivation);
        variables.put("managerName", "manager-or");
        tasks.complete(task(approval).getId(), variables);
    }

    private void decideAsFinance(ProcessInstance approval, String decision, String motivation) {
        tasks.complete(task(approval).getId(), Map.of("financeDecision", decision, "financeMotivation", motivation,
                "financeName", "financien"));
    }

    private void councilDecides(String claimId, String outcome, String followUp) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("councilOutcome", outcome);
        payload.put("councilFollowUp", followUp);
        payload.put("councilReference", "RB-2026-07");
        runtime.createMessageCorrelation("councilDecision").processInstanceVariableEquals("claimId", claimId)
                .setVariables(payload).correlateWithResult();
    }

    private Object engineVariable(ProcessInstance approval, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(approval.getId())
                .variableName(name).singleResult().getValue();
    }

    private RequestPatternBuilder reservation(ProcessInstance approval, String activity, int year) {
        return postRequestedFor(urlEqualTo("/api/budget/v1/reservations"))
                .withHeader("Idempotency-Key", equalTo(approval.getId() + ":" + activity + ":" + year))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN));
    }

    /** Verifies the step was reported once, with its transition id and any further {@code $.path, value} pairs. */
    private void verifyTransition(ProcessInstance approval, String activity, String status, String... pathsAndValues) {
        RequestPatternBuilder step = postRequestedFor(urlEqualTo(ITEMS + item + "/transitions"))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(matchingJsonPath("$.transitionId", equalTo(approval.getId() + ":" + activity)))
                .withRequestBody(matchingJsonPath("$.submissionId", equalTo(submission)))
                .withRequestBody(matchingJsonPath("$.status", equalTo(status)));
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            step.withRequestBody(matchingJsonPath(pathsAndValues[i], equalTo(pathsAndValues[i + 1])));
        }
        SERVICES.verify(1, step);
    }
}
