package nl.assen.groenagenda.platform.correlation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One structured line per request (method, path, status, duration) carrying the correlation id, so
 * that one user action can be followed from the gateway through every service in the logs. The query
 * string is left out: it may hold personal data.
 * <p>
 * With {@code successful = false} only failed requests (status 400 and up) are logged: the gateway
 * does that, because a JSON log line costs it a sizeable share of its CPU per proxied call, while the
 * service behind it logs the same request under the same correlation id anyway.
 */
public class RequestLogWebFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger("groenagenda.requests");

    private final boolean successful;

    public RequestLogWebFilter(boolean successful) {
        this.successful = successful;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!log.isInfoEnabled()) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            if (!successful && (status == null || status.value() < 400)) {
                return;
            }
            String id = exchange.getResponse().getHeaders().getFirst(CorrelationId.HEADER);
            try (var ignored = MDC.putCloseable(CorrelationId.MDC_KEY, id)) {
                log.info("{} {} {} {}ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                        status == null ? 200 : status.value(), (System.nanoTime() - start) / 1_000_000);
            }
        });
    }

    @Override
    public int getOrder() {
        // Just inside the correlation filter, so the id is known and every other filter is timed.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
