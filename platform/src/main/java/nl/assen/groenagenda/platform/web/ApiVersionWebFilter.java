package nl.assen.groenagenda.platform.web;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** NL API Design Rules API-57: every response, errors included, names the full API version. */
public class ApiVersionWebFilter implements WebFilter, Ordered {

    public static final String HEADER = "API-Version";

    private final String version;

    public ApiVersionWebFilter(String version) {
        this.version = version;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().getHeaders().set(HEADER, version);
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
