package nl.assen.groenagenda.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import nl.assen.groenagenda.platform.correlation.CorrelationId;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;

/**
 * Renders every error the service produces as problem+json, and never anything of its internals:
 * no stack trace, class name or SQL. Unexpected failures are logged with the correlation id and
 * answered with a generic 500.
 */
public class ProblemJsonErrorHandler implements ErrorWebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonErrorHandler.class);

    private final ProblemWriter writer;

    public ProblemJsonErrorHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (clientWentAway(error)) {
            // The caller closed the connection (a cancelled page, a load tool stopping): nobody to
            // answer, and nothing wrong with the service.
            log.debug("Client closed the connection: {}", error.getMessage());
            return Mono.empty();
        }
        // Exception handlers run outside the correlation filter's Reactor context: take the id from
        // the response so that a logged failure still names it.
        String id = exchange.getResponse().getHeaders().getFirst(CorrelationId.HEADER);
        try (var ignored = id == null ? null : MDC.putCloseable(CorrelationId.MDC_KEY, id)) {
            return writer.write(exchange, toProblem(error));
        }
    }

    static boolean clientWentAway(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals("reactor.netty.channel.AbortedException")) {
                return true;
            }
        }
        return false;
    }

    Problem toProblem(Throwable error) {
        if (error instanceof ProblemException problemException) {
            return problemException.problem();
        }
        if (error instanceof WebExchangeBindException bind) {
            return invalidInput(bind);
        }
        if (error instanceof ServerWebInputException input) {
            return invalidBody(input);
        }
        if (error instanceof MethodNotAllowedException notAllowed) {
            return Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Methode niet toegestaan",
                    "Deze bron ondersteunt " + notAllowed.getSupportedMethods() + ".");
        }
        if (error instanceof UnsupportedMediaTypeStatusException) {
            return Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Mediatype niet ondersteund", "Het formaat van de request body wordt hier niet ondersteund.");
        }
        if (error instanceof NotAcceptableStatusException) {
            return Problem.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Formaat niet beschikbaar",
                    "De bron is niet beschikbaar in het gevraagde formaat.");
        }
        if (error instanceof ResponseStatusException status) {
            return byStatus(status.getStatusCode());
        }
        if (error instanceof AuthenticationServiceException) {
            // The token could not be checked at all (Keycloak's keys unreachable): not the caller's fault.
            log.warn("Token could not be verified: {}", error.getMessage());
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "authentication-unavailable", "Aanmelddienst niet bereikbaar",
                    "Het toegangstoken kan nu niet worden gecontroleerd. Probeer het later opnieuw.");
        }
        log.error("Unexpected error while handling a request", error);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Interne fout",
                "Er ging iets mis bij het verwerken van dit verzoek. Noem het correlatie-id bij een melding.");
    }

    public static Problem byStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> Problem.of(status, "not-found", "Niet gevonden", "Deze bron bestaat niet.");
            case 401 -> Problem.of(status, "unauthenticated", "Niet geauthenticeerd",
                    "Een geldig toegangstoken is nodig.");
            case 403 -> Problem.of(status, "forbidden", "Geen toegang",
                    "Uw rol geeft geen toegang tot deze bron.");
            case 400 -> Problem.of(status, "bad-request", "Ongeldig verzoek", null);
            case 409 -> Problem.of(status, "conflict", "Conflict", null);
            default -> Problem.of(status, "http-" + status.value(),
                    HttpStatus.resolve(status.value()) == null ? "Fout" : HttpStatus.resolve(status.value()).getReasonPhrase(),
                    null);
        };
    }

    private static Problem invalidInput(WebExchangeBindException bind) {
        List<Problem.InvalidParam> params = new ArrayList<>();
        for (FieldError field : bind.getFieldErrors()) {
            params.add(new Problem.InvalidParam(field.getField(), field.getDefaultMessage()));
        }
        bind.getGlobalErrors().forEach(global ->
                params.add(new Problem.InvalidParam(global.getObjectName(), global.getDefaultMessage())));
        return Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer",
                "Een of meer velden zijn niet geldig.").withInvalidParams(params);
    }

    private static Problem invalidBody(ServerWebInputException input) {
        String parameter = input.getMethodParameter() == null ? null : input.getMethodParameter().getParameterName();
        String reason = input.getCause() instanceof DecodingException
                ? "De body is geen geldige JSON of past niet bij het verwachte formaat."
                : "Deze waarde is ongeldig of ontbreekt.";
        var problem = Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer", reason);
        return parameter == null ? problem
                : problem.withInvalidParams(List.of(new Problem.InvalidParam(parameter, reason)));
    }

    @Override
    public int getOrder() {
        // Before Boot's DefaultErrorWebExceptionHandler (-1), which would render its own JSON.
        return -2;
    }
}
