package nl.assen.groenagenda.platform.security;

import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as problem+json with the {@code WWW-Authenticate} challenge of RFC 6750. The detail says no
 * more than that the token was missing or not accepted: why exactly is for the logs, not the caller.
 */
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenRefused = failure instanceof InvalidBearerTokenException
                || failure instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenRefused
                ? "Bearer realm=\"groenagenda\", error=\"invalid_token\""
                : "Bearer realm=\"groenagenda\"");
        return writer.write(exchange, Problem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Niet geauthenticeerd",
                tokenRefused ? "Het toegangstoken is niet geldig of verlopen." : "Een geldig toegangstoken is nodig."));
    }
}
