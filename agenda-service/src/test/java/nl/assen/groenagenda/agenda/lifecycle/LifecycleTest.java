package nl.assen.groenagenda.agenda.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import nl.assen.groenagenda.agenda.support.AgendaTest;
import nl.assen.groenagenda.agenda.support.Callers;
import nl.assen.groenagenda.agenda.support.JsonBodies;
import nl.assen.groenagenda.agenda.support.Items;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every arrow of the lifecycle, who may move it, and what happens to an arrow that does not exist. */
class LifecycleTest extends AgendaTest {


    private String draft() {
        return JsonBodies.read(client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Items.playMeadow(Items.unique("Levensloop")).toString())
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody()).path("id").asText();
    }

    private String submit(String id) {
        return JsonBodies.read(client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items/" + id + "/submission")
                .exchange().expectStatus().isAccepted().expectBody().returnResult().getResponseBody()).path("id").asText();
    }

    private WebTestClient.ResponseSpec transition(String id, String transitionId, String submissionId, String body) {
        return client.mutateWith(Callers.workflow()).post().uri("/api/agenda/v1/agenda-items/" + id + "/transitions")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"transitionId\": \"" + submissionId + ":" + transitionId + "\", \"submissionId\": \"" + submissionId + "\", "
                        + body + "}")
                .exchange();
    }

    private JsonNode item(String id) {
        return JsonBodies.read(client.mutateWith(Callers.medewerker()).get().uri("/api/agenda/v1/agenda-items/" + id)
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    @Test
    void approvedCoveredThenExecutedAndDone() {
        String id = draft();
        String submission = submit(id);
        transition(id, "p1:approve", submission, "\"status\": \"APPROVED\", \"actor\": \"manager-or\", \"reason\": \"Akkoord\"")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED");
        transition(id, "p1:cover", submission, "\"status\": \"COVERED\"")
                .expectStatus().isOk().expectBody().jsonPath("$.coverage").isEqualTo("EXISTING_BUDGET");
        client.mutateWith(Callers.managerOr()).post().uri("/api/agenda/v1/agenda-items/" + id + "/progress")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\": \"IN_EXECUTION\", \"progress\": 30, \"trafficLight\": \"ORANGE\", "
                        + "\"cause\": \"Levering planten vertraagd\", \"correction\": \"Planten in het najaar\", \"reason\": \"Stand mei\"}")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("IN_EXECUTION").jsonPath("$.trafficLight").isEqualTo("ORANGE");
        client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items/" + id + "/progress")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\": \"DONE\", \"trafficLight\": \"GREEN\", \"reason\": \"Opgeleverd\"}")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DONE").jsonPath("$.progress").isEqualTo(100)
                .jsonPath("$.trafficLightCause").doesNotExist();
        JsonNode history = item(id).path("history");
        assertThat(history).extracting(entry -> entry.path("toStatus").asText())
                .containsExactly("DRAFT", "SUBMITTED", "APPROVED", "COVERED", "IN_EXECUTION", "DONE");
        assertThat(history.get(2).path("actor").asText()).isEqualTo("manager-or");
        assertThat(history.get(4).path("changes").path("trafficLight").path("new").asText()).isEqualTo("ORANGE");
    }

    @Test
    void claimedInKaderbriefThenAdopted() {
        String id = draft();
        String submission = submit(id);
        transition(id, "p2:approve", submission, "\"status\": \"APPROVED\"").expectStatus().isOk();
        transition(id, "p2:claim", submission, "\"status\": \"CLAIMED\"")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("kaderbriefYear");
        transition(id, "p2:claim", submission, "\"status\": \"CLAIMED\", \"kaderbriefYear\": 2025, \"claimId\": \"c-17\"")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.coverage").isEqualTo("CLAIM").jsonPath("$.kaderbriefYear").isEqualTo(2025)
                .jsonPath("$.claimId").isEqualTo("c-17");
        transition(id, "p2:adopt", submission, "\"status\": \"ADOPTED\", \"reason\": \"Raad 3 juli 2025\"")
                .expectStatus().isOk().expectBody().jsonPath("$.coverage").isEqualTo("ADOPTED");
    }

    @Test
    void returnedItemsAreReworkedAndResubmittedAsANewSubmission() {
        String id = draft();
        String first = submit(id);
        transition(id, "p3:return", first, "\"status\": \"RETURNED\"")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("reason");
        transition(id, "p3:return", first, "\"status\": \"RETURNED\", \"reason\": \"Kosten onderbouwen\"")
                .expectStatus().isOk();
        client.mutateWith(Callers.medewerker()).put().uri("/api/agenda/v1/agenda-items/" + id)
                .header("If-Match", "\"" + item(id).path("version").asInt() + "\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Items.playMeadow("Onderbouwd").put("reason", "Kosten onderbouwd").toString())
                .exchange().expectStatus().isOk();
        String second = submit(id);
        assertThat(second).isNotEqualTo(first);
        // A late step of the first submission's process no longer moves the item.
        transition(id, "p3:late", first, "\"status\": \"APPROVED\"")
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:stale-submission");
        transition(id, "p4:reject", second, "\"status\": \"REJECTED\", \"reason\": \"Past niet in de visie\"")
                .expectStatus().isOk();
        assertThat(item(id).path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void aClaimRefusedIsDeferredAndCanBeSubmittedAgain() {
        String id = draft();
        String submission = submit(id);
        transition(id, "p5:approve", submission, "\"status\": \"APPROVED\"").expectStatus().isOk();
        transition(id, "p5:claim", submission, "\"status\": \"CLAIMED\", \"kaderbriefYear\": 2025").expectStatus().isOk();
        transition(id, "p5:defer", submission, "\"status\": \"DEFERRED\", \"reason\": \"Naar Kaderbrief 2026\"")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.coverage").doesNotExist().jsonPath("$.kaderbriefYear").isEqualTo(2025);
        submit(id);
        assertThat(item(id).path("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void aRepeatedCallbackChangesNothingTheSecondTime() {
        String id = draft();
        String submission = submit(id);
        transition(id, "p6:approve", submission, "\"status\": \"APPROVED\"").expectStatus().isOk();
        transition(id, "p6:approve", submission, "\"status\": \"APPROVED\"").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED");
        assertThat(item(id).path("history")).hasSize(3);
        transition(id, "p6:approve", submission, "\"status\": \"REJECTED\", \"reason\": \"x\"")
                .expectStatus().isEqualTo(409);
    }

    @Test
    void illegalTransitionsAre409AndChangeNothing() {
        String id = draft();
        String submission = submit(id);
        transition(id, "p7:cover", submission, "\"status\": \"COVERED\"")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:illegal-transition")
                .jsonPath("$.status").isEqualTo(409);
        // Staff cannot move execution before the item is covered or adopted, nor submit twice.
        client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items/" + id + "/progress")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"status\": \"IN_EXECUTION\", \"reason\": \"x\"}")
                .exchange().expectStatus().isEqualTo(409);
        client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items/" + id + "/submission")
                .exchange().expectStatus().isEqualTo(409);
        // A submitted item is no longer a draft.
        client.mutateWith(Callers.medewerker()).put().uri("/api/agenda/v1/agenda-items/" + id)
                .header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Items.playMeadow("Te laat").put("reason", "x").toString())
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:not-editable");
        assertThat(item(id).path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(item(id).path("history")).hasSize(2);
    }

    @Test
    void onlyTheWorkflowServiceReportsTransitions() {
        String id = draft();
        String submission = submit(id);
        String body = "{\"transitionId\": \"p8\", \"submissionId\": \"" + submission + "\", \"status\": \"APPROVED\"}";
        for (var caller : new org.springframework.test.web.reactive.server.WebTestClientConfigurer[] {
                Callers.managerOr(), Callers.financien(), Callers.beheerder(), Callers.griffie(), Callers.budgetServiceAccount()}) {
            client.mutateWith(caller).post().uri("/api/agenda/v1/agenda-items/" + id + "/transitions")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isForbidden();
        }
        client.post().uri("/api/agenda/v1/agenda-items/" + id + "/transitions")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized();
        transition(UUID.randomUUID().toString(), "p8", submission, "\"status\": \"APPROVED\"").expectStatus().isNotFound();
    }

    @Test
    void submittingDeliversTheSubmissionToTheWorkflowServiceOnce() {
        String id = draft();
        String submission = submit(id);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client.mutateWith(Callers.medewerker())
                .get().uri("/api/agenda/v1/agenda-items/" + id + "/submissions")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].deliveredAt").exists()
                .jsonPath("$[0].processInstanceId").value(process -> assertThat(process.toString()).startsWith("process-")));
        services.verify(1, postRequestedFor(urlPathEqualTo("/api/workflow/v1/approvals"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer service-account-token"))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo("submission-" + submission)));
    }
}
