package nl.assen.groenagenda.gateway.security;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Matches requests that arrived on the separate actuator port (bound to 127.0.0.1 by default). The
 * security chain applies there too; actuator endpoints are open on that port only, never on the
 * public one. The port is learnt when the management server starts, so it also works with port 0.
 */
@Component
public class ManagementPort implements ApplicationListener<WebServerInitializedEvent>, ServerWebExchangeMatcher {

    private static final String MANAGEMENT_NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // Only a separate management server has this namespace; on a shared port nothing is opened.
        if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        var local = exchange.getRequest().getLocalAddress();
        return port > 0 && local != null && local.getPort() == port ? MatchResult.match() : MatchResult.notMatch();
    }
}
