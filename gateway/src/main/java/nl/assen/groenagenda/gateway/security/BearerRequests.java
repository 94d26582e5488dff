package nl.assen.groenagenda.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells a scripted caller (it brings {@code Authorization: Bearer}) from a browser. A bearer request
 * carries its own credential in every request: it needs no session, no saved request and no CSRF
 * token, and skipping them keeps the hot path of the gateway short.
 */
public final class BearerRequests {

    private static final String PREFIX = "bearer ";

    /** As a matcher, for the places of Spring Security that take one. */
    public static final ServerWebExchangeMatcher MATCHER = exchange -> isBearer(exchange)
            ? ServerWebExchangeMatcher.MatchResult.match()
            : ServerWebExchangeMatcher.MatchResult.notMatch();

    private BearerRequests() {
    }

    public static boolean isBearer(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }
}
