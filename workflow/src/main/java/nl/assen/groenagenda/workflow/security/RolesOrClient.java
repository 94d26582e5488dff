package nl.assen.groenagenda.workflow.security;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Allows callers with one of the given realm roles, and the service account of one other service:
 * the servlet counterpart of the platform's reactive rule of the same name. A service account's token
 * comes from the client-credentials grant of that service's confidential Keycloak client; it is
 * recognised by its authorized party ({@code azp}), which only the holder of the client's secret can
 * obtain. Signature, issuer, expiry and audience are checked before this rule runs.
 */
final class RolesOrClient implements AuthorizationManager<RequestAuthorizationContext> {

    private final String client;
    private final Set<String> authorities;

    private RolesOrClient(String client, Set<String> authorities) {
        this.client = client;
        this.authorities = authorities;
    }

    /** With no roles, only the service account itself is allowed: no person's role opens the door. */
    static RolesOrClient of(String client, String... roles) {
        return new RolesOrClient(client, Stream.of(roles).map(role -> "ROLE_" + role).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    @SuppressWarnings("deprecation")
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(hasRole(caller) || isClient(caller));
    }

    private boolean hasRole(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> authorities.contains(authority.getAuthority()));
    }

    private boolean isClient(Authentication caller) {
        return caller instanceof JwtAuthenticationToken jwt && client.equals(jwt.getToken().getClaimAsString("azp"));
    }
}
