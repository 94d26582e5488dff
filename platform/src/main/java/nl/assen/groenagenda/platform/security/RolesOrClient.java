package nl.assen.groenagenda.platform.security;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Allows callers with one of the given realm roles, and the service account of one other service. A
 * service account's token comes from the client-credentials grant of that service's confidential
 * Keycloak client: it has no realm roles of a person and is recognised by its authorized party
 * ({@code azp}), which Keycloak sets to the client that obtained the token and which only the holder of
 * that client's secret can obtain. Signature, issuer, expiry and audience are checked before this rule.
 */
public final class RolesOrClient implements ReactiveAuthorizationManager<AuthorizationContext> {

    private final Set<String> authorities;
    private final String client;

    private RolesOrClient(String client, Set<String> authorities) {
        this.client = client;
        this.authorities = authorities;
    }

    public static RolesOrClient of(String client, String... roles) {
        return new RolesOrClient(client, Stream.of(roles).map(role -> "ROLE_" + role).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    @SuppressWarnings("deprecation")
    public Mono<AuthorizationDecision> check(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication
                .filter(Authentication::isAuthenticated)
                .map(caller -> new AuthorizationDecision(hasRole(caller) || isClient(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private boolean hasRole(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> authorities.contains(authority.getAuthority()));
    }

    private boolean isClient(Authentication caller) {
        return caller instanceof JwtAuthenticationToken jwt && client.equals(jwt.getToken().getClaimAsString("azp"));
    }
}
