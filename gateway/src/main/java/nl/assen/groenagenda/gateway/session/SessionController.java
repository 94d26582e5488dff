package nl.assen.groenagenda.gateway.session;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /session}: the current user for the web UI, whether logged in through the browser
 * session or calling with a bearer token. Only reachable when authenticated (security chain).
 */
@RestController
class SessionController {

    private static final String ROLE_PREFIX = "ROLE_";

    @GetMapping(path = "/session", produces = MediaType.APPLICATION_JSON_VALUE)
    SessionView session(Authentication authentication) {
        Map<String, Object> claims = claims(authentication);
        String username = text(claims.get("preferred_username"));
        return new SessionView(
                username != null ? username : authentication.getName(),
                text(claims.get("name")),
                roles(authentication.getAuthorities()),
                text(claims.get(RealmRoleConverter.DEPARTMENT_CLAIM)));
    }

    private static Map<String, Object> claims(Authentication authentication) {
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return user.getAttributes();
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getClaims();
        }
        return Map.of();
    }

    private static List<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
    }

    /** Keycloak may map a user attribute as a list; the UI shows one department. */
    private static String text(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.isEmpty() ? null : String.valueOf(values.iterator().next());
        }
        return claim == null ? null : claim.toString();
    }
}
