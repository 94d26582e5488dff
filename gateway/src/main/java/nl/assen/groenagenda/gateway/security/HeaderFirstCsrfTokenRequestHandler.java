package nl.assen.groenagenda.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Takes the CSRF token from the {@code X-XSRF-TOKEN} header, and from a form field only for the
 * gateway's own forms (logout). Spring's default reads form data first: on a proxied route that
 * would consume the request body before the gateway could forward it. The token is the plain cookie
 * value (no BREACH masking): the single-page UI copies it from the cookie, and no response of the
 * gateway reflects it in a compressed body.
 */
public final class HeaderFirstCsrfTokenRequestHandler extends ServerCsrfTokenRequestAttributeHandler {

    private static final String API_PREFIX = "/api/";

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String fromHeader = headers.getFirst(csrfToken.getHeaderName());
        if (fromHeader != null) {
            return Mono.just(fromHeader);
        }
        if (exchange.getRequest().getPath().pathWithinApplication().value().startsWith(API_PREFIX)) {
            return Mono.empty();
        }
        return super.resolveCsrfTokenValue(exchange, csrfToken);
    }
}
