package nl.assen.groenagenda.platform.correlation;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Takes the correlation id from the request (or makes one), answers with it, and puts it in the
 * Reactor context, from where it reaches the logs and outgoing calls.
 */
public class CorrelationIdWebFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
        ServerWebExchange withId = exchange.mutate()
                .request(r -> r.headers(h -> h.set(CorrelationId.HEADER, id)))
                .build();
        withId.getResponse().getHeaders().set(CorrelationId.HEADER, id);
        return chain.filter(withId).contextWrite(ctx -> ctx.put(CorrelationId.CONTEXT_KEY, id));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
