package nl.assen.groenagenda.platform.web;

import java.net.URI;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes a {@link Problem} as {@code application/problem+json}, from filters and handlers alike. */
public class ProblemWriter {

    private static final ResolvableType MAP = ResolvableType.forClassWithGenerics(Map.class, String.class, Object.class);

    private final ServerCodecConfigurer codecs;

    public ProblemWriter(ServerCodecConfigurer codecs) {
        this.codecs = codecs;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Problem located = problem.instance() == null
                ? problem.withInstance(URI.create(exchange.getRequest().getPath().value()))
                : problem;
        response.setStatusCode(HttpStatus.valueOf(located.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().remove("Content-Length");
        @SuppressWarnings("unchecked")
        HttpMessageWriter<Map<String, Object>> writer = (HttpMessageWriter<Map<String, Object>>) codecs.getWriters().stream()
                .filter(w -> w.canWrite(MAP, MediaType.APPLICATION_PROBLEM_JSON))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JSON writer configured"));
        return writer.write(Mono.just(located.body()), MAP, MediaType.APPLICATION_PROBLEM_JSON, response, Map.of());
    }
}
