package nl.assen.groenagenda.gateway.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Browsers keep their login in the WebSession; bearer callers never touch it. Without this split
 * every bearer request would look up (and lazily create) a WebSession for nothing, and a bearer call
 * that also carried a stale session cookie could be served as the session's user.
 */
public final class StatelessForBearerSecurityContextRepository implements ServerSecurityContextRepository {

    private final ServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

    @Override
    public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
        return BearerRequests.isBearer(exchange) ? Mono.empty() : sessions.save(exchange, context);
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        return BearerRequests.isBearer(exchange) ? Mono.empty() : sessions.load(exchange);
    }
}
