package nl.assen.groenagenda.gateway.login;

import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * When TokenRelay cannot get a fresh access token for a session user (Keycloak ended the session, or
 * the refresh token expired), the login is over: the session is dropped and the caller gets a 401
 * that tells the UI to log in again, instead of a generic 500.
 */
class ExpiredLoginExceptionHandler implements WebExceptionHandler, Ordered {

    private final ProblemWriter writer;

    ExpiredLoginExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!(error instanceof ClientAuthorizationException)) {
            return Mono.error(error);
        }
        return exchange.getSession()
                .flatMap(session -> session.invalidate())
                .then(writer.write(exchange, Problem.of(HttpStatus.UNAUTHORIZED, "session-expired",
                        "Sessie verlopen", "Uw aanmelding is verlopen. Meld u opnieuw aan.")));
    }

    @Override
    public int getOrder() {
        // Before the platform's problem+json handler (-2), which would call this a 500.
        return -3;
    }
}
