package nl.assen.groenagenda.platform.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Takes the token from {@code Authorization: Bearer}, by the same rule as Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} (RFC 6750 b64token: {@code [A-Za-z0-9-._~+/]+=*}),
 * checked with a loop instead of a regular expression on every request. Tokens in query parameters or
 * form bodies are not accepted, as with Spring's defaults.
 */
public final class BearerTokenFromHeader implements ServerAuthenticationConverter {

    private static final String SCHEME = "bearer";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> token(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)));
    }

    static Authentication token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        if (authorization.length() < SCHEME.length() + 2 || authorization.charAt(SCHEME.length()) != ' '
                || !isB64Token(authorization, SCHEME.length() + 1)) {
            throw new InvalidBearerTokenException(BearerTokenErrors.invalidToken("Bearer token is malformed").getDescription());
        }
        return new BearerTokenAuthenticationToken(authorization.substring(SCHEME.length() + 1));
    }

    private static boolean isB64Token(String text, int from) {
        int i = from;
        while (i < text.length() && isTokenChar(text.charAt(i))) {
            i++;
        }
        if (i == from) {
            return false;
        }
        while (i < text.length() && text.charAt(i) == '=') {
            i++;
        }
        return i == text.length();
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
