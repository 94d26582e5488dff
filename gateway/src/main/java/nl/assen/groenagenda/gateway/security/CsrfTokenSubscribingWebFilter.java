package nl.assen.groenagenda.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring Security 6 only loads (and thus only writes the {@code XSRF-TOKEN} cookie of) a CSRF token
 * that someone subscribes to. No server-side page asks for it here (the web UI is static and reads
 * the cookie), so this filter subscribes for every browser request. It sits in the browser chain
 * only: bearer requests are exempt from CSRF and get no cookie.
 */
public final class CsrfTokenSubscribingWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
    }
}
