package nl.assen.groenagenda.agenda.submission;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.List;
import nl.assen.groenagenda.agenda.support.AgendaTest;
import nl.assen.groenagenda.agenda.support.Callers;
import nl.assen.groenagenda.agenda.support.JsonBodies;
import nl.assen.groenagenda.agenda.support.Items;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/**
 * Submission that is never lost: the workflow service is down when the item is submitted, and the
 * approval still starts, exactly once per submission, when it comes back.
 */
class SubmissionOutboxTest extends AgendaTest {


    @Autowired
    SubmissionDispatcher dispatcher;

    private String draft() {
        return JsonBodies.read(client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Items.playMeadow(Items.unique("Outbox")).toString())
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody()).path("id").asText();
    }

    private JsonNode submissions(String id) {
        return JsonBodies.read(client.mutateWith(Callers.medewerker()).get().uri("/api/agenda/v1/agenda-items/" + id + "/submissions")
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private static List<ServeEvent> startsFor(String submissionId) {
        return services.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals("/api/workflow/v1/approvals"))
                .filter(event -> event.getRequest().getBodyAsString().contains(submissionId))
                .toList();
    }

    @Test
    void aSubmissionWhileTheWorkflowServiceIsDownStartsItsApprovalOnceItIsBack() {
        services.stubFor(post(urlPathEqualTo("/api/workflow/v1/approvals")).atPriority(0)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String id = draft();
        String submission = JsonBodies.read(client.mutateWith(Callers.medewerker()).post()
                .uri("/api/agenda/v1/agenda-items/" + id + "/submission")
                .exchange().expectStatus().isAccepted().expectBody().returnResult().getResponseBody()).path("id").asText();
        assertThat(JsonBodies.read(client.mutateWith(Callers.medewerker()).get().uri("/api/agenda/v1/agenda-items/" + id)
                .exchange().expectBody().returnResult().getResponseBody()).path("status").asText()).isEqualTo("SUBMITTED");

        // Tried and failed more than once; recorded, not lost.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> submissions(id).get(0).path("attempts").asInt() >= 2);
        JsonNode pending = submissions(id).get(0);
        assertThat(pending.has("deliveredAt")).isFalse();
        assertThat(pending.path("lastError").asText()).isNotBlank();

        // Then it answers 503 for a while: still not started.
        services.resetAll();
        stubBudgetLines();
        services.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"service-account-token\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
        services.stubFor(post(urlPathEqualTo("/api/workflow/v1/approvals")).willReturn(aResponse().withStatus(503)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !startsFor(submission).isEmpty());

        // Back: exactly one start succeeds, and nothing is sent after it.
        stubWorkflowUp();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> submissions(id).get(0).has("deliveredAt"));
        int requests = startsFor(submission).size();
        Awaitility.await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(startsFor(submission)).hasSize(requests);
        assertThat(startsFor(submission).stream().filter(event -> event.getResponse().getStatus() == 201)).hasSize(1);
        assertThat(startsFor(submission)).allSatisfy(event -> assertThat(event.getRequest().getHeader("Idempotency-Key"))
                .isEqualTo("submission-" + submission));
    }

    @Test
    void dispatchersRacingForTheSameOutboxDeliverEachSubmissionOnce() {
        services.stubFor(post(urlPathEqualTo("/api/workflow/v1/approvals")).atPriority(0)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        List<String> submissions = Flux.range(0, 10).map(i -> draft())
                .map(id -> JsonBodies.read(client.mutateWith(Callers.medewerker()).post()
                        .uri("/api/agenda/v1/agenda-items/" + id + "/submission")
                        .exchange().expectStatus().isAccepted().expectBody().returnResult().getResponseBody())
                        .path("id").asText())
                .collectList().block();
        services.resetAll();
        stubBudgetLines();
        services.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"service-account-token\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
        stubWorkflowUp();
        // Several rounds at once, besides the scheduled one: the lease keeps them from taking the same row.
        Flux.range(0, 6).flatMap(i -> dispatcher.dispatchOnce(), 6).blockLast(Duration.ofSeconds(30));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> submissions.stream()
                .allMatch(submission -> startsFor(submission).stream().anyMatch(event -> event.getResponse().getStatus() == 201)));
        for (String submission : submissions) {
            assertThat(startsFor(submission).stream().filter(event -> event.getResponse().getStatus() == 201))
                    .as("starts of submission %s", submission).hasSize(1);
        }
    }
}
