package nl.assen.groenagenda.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import nl.assen.groenagenda.workflow.client.ServiceProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** The Kaderbrief cycle's process, and the council's decision on one claim. */
class KaderbriefProcessTest extends TaskApiTest {

    @Autowired
    ObjectMapper json;

    @Test
    void startingACycleTakesItsDeadlineFromTheBudgetAndAgainAnswersTheRunningOne() throws Exception {
        when(budget.cycle(2033)).thenReturn(json.readTree("{\"year\": 2033, \"claimDeadline\": \"2032-03-01\", \"status\": \"OPEN\"}"));

        MvcResult first = mvc.perform(post(API + "/kaderbrief-cycles/2033/process").with(finance()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.businessKey").value("kaderbrief-2033"))
                .andExpect(jsonPath("$.year").value(2033))
                .andReturn();
        String instanceId = json.readTree(first.getResponse().getContentAsString()).path("processInstanceId").asText();
        assertThat(runtime.getVariables(instanceId)).containsAllEntriesOf(Map.of("year", 2033, "claimDeadline", "2032-03-01"));

        mvc.perform(post(API + "/kaderbrief-cycles/2033/process").with(finance()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processInstanceId").value(instanceId));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("kaderbrief-2033").count()).isEqualTo(1);
    }

    @Test
    void aCycleTheBudgetDoesNotKnowIs404() throws Exception {
        when(budget.cycle(2034)).thenReturn(null);

        mvc.perform(post(API + "/kaderbrief-cycles/2034/process").with(finance()))
                .andExpect(status().isNotFound());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("kaderbrief-2034").count()).isZero();
    }

    @Test
    void aDecisionOnAClaimNoApprovalWaitsForIs404AndChangesNothing() throws Exception {
        String waiting = startApprovalAt("councilDecision", newItemId(), "openbare-ruimte", Map.of("claimId", newItemId()));

        mvc.perform(post(API + "/kaderbrief-cycles/2027/decisions").with(finance()).contentType(MediaType.APPLICATION_JSON)
                        .content(decision(newItemId(), "HONOURED", null)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:nl:assen:groenagenda:problem:not-found"));

        verify(budget, never()).recordDecision(anyInt(), anyString(), anyString());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting).count()).isEqualTo(1);
    }

    @Test
    void theCouncilsDecisionIsRecordedWithTheCallersTokenAndMovesTheWaitingApprovalOn() throws Exception {
        String claimId = newItemId();
        String waiting = startApprovalAt("councilDecision", newItemId(), "openbare-ruimte", Map.of("claimId", claimId));
        String body = decision(claimId, "REFUSED", "DEFER");
        when(budget.recordDecision(eq(2027), eq(body), anyString())).thenReturn(json.readTree("""
                {"claim": {"id": "%s", "status": "REFUSED", "followUp": "DEFER", "decisionReference": "Raad 2027/12"},
                 "amendments": []}""".formatted(claimId)));

        mvc.perform(post(API + "/kaderbrief-cycles/2027/decisions").with(finance()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claim.status").value("REFUSED"));

        verify(budget).recordDecision(eq(2027), eq(body), eq("token"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(waiting).variableName("councilOutcome")
                .singleResult().getValue()).isEqualTo("REFUSED");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(waiting).variableName("councilFollowUp")
                .singleResult().getValue()).isEqualTo("DEFER");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(waiting).variableName("councilReference")
                .singleResult().getValue()).isEqualTo("Raad 2027/12");
    }

    @Test
    void aRefusalOfTheBudgetReachesTheCallerUnchangedAndTheApprovalKeepsWaiting() throws Exception {
        String claimId = newItemId();
        String waiting = startApprovalAt("councilDecision", newItemId(), "openbare-ruimte", Map.of("claimId", claimId));
        String problem = "{\"type\":\"urn:nl:assen:groenagenda:problem:invalid-input\",\"title\":\"Ongeldige invoer\","
                + "\"status\":400,\"invalidParams\":[{\"name\":\"followUp\",\"reason\":\"Is verplicht bij REFUSED: RETURN of DEFER.\"}]}";
        when(budget.recordDecision(anyInt(), anyString(), anyString())).thenThrow(new ServiceProblemException(400, problem));

        mvc.perform(post(API + "/kaderbrief-cycles/2027/decisions").with(finance()).contentType(MediaType.APPLICATION_JSON)
                        .content(decision(claimId, "REFUSED", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json(problem, true));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting).count()).isEqualTo(1);
    }

    private static String decision(String claimId, String outcome, String followUp) {
        return "{\"claimId\": \"" + claimId + "\", \"outcome\": \"" + outcome + "\", \"reference\": \"Raad 2027/12\""
                + (followUp == null ? "" : ", \"followUp\": \"" + followUp + "\"") + "}";
    }
}
