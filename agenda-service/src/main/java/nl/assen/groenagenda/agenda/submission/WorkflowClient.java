package nl.assen.groenagenda.agenda.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * Asks the workflow service to start the approval of one submission, with this service's own token
 * (client credentials, fetched and renewed by Spring Security). The workflow service keys the process
 * on the submission id, so delivering the same submission again starts nothing new.
 */
@Component
class WorkflowClient {

    static final String REGISTRATION = "agenda-service";

    private final WebClient client;
    private final SubmissionSettings settings;

    WorkflowClient(WebClient.Builder builder, SubmissionSettings settings, ServiceAccountSettings account) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .tokenUri(account.tokenUri())
                .clientId(account.clientId())
                .clientSecret(account.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .build();
        var registrations = new InMemoryReactiveClientRegistrationRepository(registration);
        var manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations,
                new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
        var oauth = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
        oauth.setDefaultClientRegistrationId(REGISTRATION);
        this.client = builder.clone().baseUrl(settings.workflowUrl()).filter(oauth).build();
        this.settings = settings;
    }

    /** The process instance id the workflow service answers with; fails on anything but 2xx. */
    Mono<String> startApproval(PendingSubmission submission) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", submission.id());
        body.put("agendaItemId", submission.agendaItemId());
        body.put("sequence", submission.sequence());
        body.put("department", submission.department());
        body.put("title", submission.title());
        body.put("submittedBy", submission.submittedBy());
        return client.post()
                .uri("/api/workflow/v1/approvals")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "submission-" + submission.id())
                .bodyValue(body)
                .retrieve()
                .bodyToMono(Map.class)
                .map(answer -> String.valueOf(answer.getOrDefault("processInstanceId", "")))
                .timeout(settings.timeout())
                .onErrorMap(WebClientResponseException.class, refused -> new IllegalStateException(
                        "workflow answered " + refused.getStatusCode().value() + ": "
                                + abbreviate(refused.getResponseBodyAsString()), refused));
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
