package nl.assen.groenagenda.gateway.routing;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import nl.assen.groenagenda.platform.correlation.CorrelationId;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * A service that is down (or starting, or not resolvable) is not an internal error of the gateway: the caller gets a
 * 503 problem+json it may retry, and the log gets one line instead of a stack trace.
 */
@Component
class UnreachableServiceExceptionHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnreachableServiceExceptionHandler.class);

    private final ProblemWriter writer;

    UnreachableServiceExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!(error instanceof ConnectException || error instanceof ConnectTimeoutException
                || error instanceof UnknownHostException)) {
            return Mono.error(error);
        }
        // Exception handlers run outside the correlation filter's Reactor context: take the id from
        // the response header that filter already set, so that this line names it too.
        String correlationId = exchange.getResponse().getHeaders().getFirst(CorrelationId.HEADER);
        try (var ignored = MDC.putCloseable(CorrelationId.MDC_KEY, correlationId)) {
            log.warn("Service unreachable for {}: {}", exchange.getRequest().getPath().value(), error.getMessage());
        }
        return writer.write(exchange, Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Dienst niet bereikbaar", "De achterliggende dienst is tijdelijk niet bereikbaar. Probeer het later opnieuw."));
    }

    @Override
    public int getOrder() {
        // Before the platform's problem+json handler (-2), which would call this a 500.
        return -3;
    }
}
