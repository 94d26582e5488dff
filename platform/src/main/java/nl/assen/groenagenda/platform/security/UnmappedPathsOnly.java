package nl.assen.groenagenda.platform.security;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.reactive.HandlerMapping;
import reactor.core.publisher.Mono;

/**
 * The last rule of every service: a request that reaches no handler at all is let through so that
 * it gets an honest 404 (or 405), while a request for any handler that no earlier rule allowed is
 * refused. Deny-by-default thus holds for every endpoint, including one added without a rule.
 */
class UnmappedPathsOnly implements ReactiveAuthorizationManager<AuthorizationContext> {

    private final ApplicationContext context;
    private volatile List<HandlerMapping> mappings;

    UnmappedPathsOnly(ApplicationContext context) {
        this.context = context;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Mono<AuthorizationDecision> check(Mono<Authentication> authentication, AuthorizationContext object) {
        return reachesAHandler(object)
                .map(reaches -> new AuthorizationDecision(!reaches));
    }

    private Mono<Boolean> reachesAHandler(AuthorizationContext object) {
        return reactor.core.publisher.Flux.fromIterable(mappings())
                .concatMap(mapping -> mapping.getHandler(object.getExchange())
                        // A mapping that recognises the path but not the method answers with an
                        // error; no handler runs then either, and the dispatcher says 405.
                        .onErrorResume(error -> Mono.empty()))
                .hasElements();
    }

    private List<HandlerMapping> mappings() {
        if (mappings == null) {
            mappings = List.copyOf(context.getBeansOfType(HandlerMapping.class).values());
        }
        return mappings;
    }
}
