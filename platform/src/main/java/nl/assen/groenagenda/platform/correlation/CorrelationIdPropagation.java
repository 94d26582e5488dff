package nl.assen.groenagenda.platform.correlation;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;

/** Hands the current correlation id on to the service a WebClient calls. */
public final class CorrelationIdPropagation {

    private CorrelationIdPropagation() {
    }

    public static ExchangeFilterFunction toOutgoingCalls() {
        return (request, next) -> Mono.deferContextual(ctx -> {
            if (!ctx.hasKey(CorrelationId.CONTEXT_KEY)) {
                return next.exchange(request);
            }
            ClientRequest withId = ClientRequest.from(request)
                    .header(CorrelationId.HEADER, ctx.<String>get(CorrelationId.CONTEXT_KEY))
                    .build();
            return next.exchange(withId);
        });
    }
}
