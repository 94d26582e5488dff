package nl.assen.groenagenda.platform.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * NL API Design Rules API-48: a path with a trailing slash does not exist. Answered before security,
 * so that the answer is the same 404 with or without a token.
 */
public class TrailingSlashWebFilter implements WebFilter, Ordered {

    private final ProblemWriter writer;

    public TrailingSlashWebFilter(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.length() > 1 && path.endsWith("/")) {
            return writer.write(exchange, ProblemJsonErrorHandler.byStatus(HttpStatus.NOT_FOUND));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 3;
    }
}
