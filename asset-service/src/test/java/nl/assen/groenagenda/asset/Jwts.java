package nl.assen.groenagenda.asset;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

/** A mock access token for a dev user with one realm role, as Keycloak would issue it. */
public final class Jwts {

    public static final List<String> ALL_ROLES =
            List.of("medewerker", "afdelingsmanager", "financieel-adviseur", "raad", "beheerder");

    private Jwts() {
    }

    public static JwtMutator as(String role) {
        return mockJwt()
                .jwt(jwt -> jwt.claim("preferred_username", role)
                        .claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
