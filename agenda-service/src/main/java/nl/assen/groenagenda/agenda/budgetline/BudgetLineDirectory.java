package nl.assen.groenagenda.agenda.budgetline;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * Asks budget-service whether a budget line exists, with the caller's own token: the drafter may read
 * budget lines, and budget-service stays the only one that knows them. When budget-service cannot be
 * asked, the edit is refused with 503 rather than stored with a line nobody checked.
 */
@Component
public class BudgetLineDirectory {

    @ConfigurationProperties("groenagenda.budget-service")
    public record Settings(@DefaultValue("http://localhost:8082") String url,
                           @DefaultValue("5s") Duration timeout) {
    }

    private final WebClient client;
    private final Duration timeout;

    BudgetLineDirectory(WebClient.Builder builder, Settings settings) {
        this.client = builder.baseUrl(settings.url()).build();
        this.timeout = settings.timeout();
    }

    public Mono<Boolean> exists(String code, String bearerToken) {
        return client.get()
                .uri("/api/budget/v1/budget-lines/{code}", code)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBearerAuth(bearerToken))
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody().thenReturn(true);
                    }
                    if (response.statusCode().value() == 404) {
                        return response.releaseBody().thenReturn(false);
                    }
                    return response.releaseBody().then(Mono.error(unavailable(
                            "budget-service antwoordde " + response.statusCode().value() + ".")));
                })
                .timeout(timeout)
                .onErrorMap(TimeoutException.class, late -> unavailable("budget-service antwoordde niet op tijd."))
                .onErrorMap(WebClientRequestException.class, down -> unavailable("budget-service is niet bereikbaar."));
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "budget-service-unavailable",
                "Begroting niet bereikbaar", "De begrotingsregel kan nu niet worden gecontroleerd: " + why
                        + " Probeer het later opnieuw; er is niets opgeslagen."));
    }
}
