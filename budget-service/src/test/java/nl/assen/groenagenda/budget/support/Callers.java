package nl.assen.groenagenda.budget.support;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

/** Mock tokens as Keycloak issues them to the dev users and to the workflow's service account. */
public final class Callers {

    private Callers() {
    }

    public static JwtMutator user(String role) {
        return mockJwt()
                .jwt(jwt -> jwt.subject(role + "-user").claim("preferred_username", role)
                        .claim("azp", "groenagenda-cli")
                        .claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    public static JwtMutator finance() {
        return user("financieel-adviseur");
    }

    /** A client-credentials token of Keycloak client {@code workflow}: no realm roles of a person. */
    public static JwtMutator workflowServiceAccount() {
        return mockJwt()
                .jwt(jwt -> jwt.subject("service-account-workflow").claim("azp", "workflow")
                        .claim("client_id", "workflow")
                        .claim("realm_access", Map.of("roles", List.of("default-roles-groenagenda"))))
                .authorities(new SimpleGrantedAuthority("ROLE_default-roles-groenagenda"));
    }

    /** Some other confidential client: same shape of token, another authorized party. */
    public static JwtMutator otherServiceAccount() {
        return mockJwt()
                .jwt(jwt -> jwt.subject("service-account-agenda-service").claim("azp", "agenda-service")
                        .claim("client_id", "agenda-service"))
                .authorities(List.of());
    }
}
