package nl.assen.groenagenda.gateway.security;

import java.net.URI;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Remembers the page a browser wanted before it was sent to Keycloak, so that it lands there after
 * login. Bearer callers are never redirected to a login, so nothing is saved (or looked up) for them.
 */
public final class BrowserRequestCache implements ServerRequestCache {

    private final ServerRequestCache sessions = new WebSessionServerRequestCache();

    @Override
    public Mono<Void> saveRequest(ServerWebExchange exchange) {
        return BearerRequests.isBearer(exchange) ? Mono.empty() : sessions.saveRequest(exchange);
    }

    @Override
    public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
        return BearerRequests.isBearer(exchange) ? Mono.empty() : sessions.getRedirectUri(exchange);
    }

    @Override
    public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
        return BearerRequests.isBearer(exchange) ? Mono.empty() : sessions.removeMatchingRequest(exchange);
    }
}
