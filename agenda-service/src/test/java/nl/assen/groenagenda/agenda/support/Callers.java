package nl.assen.groenagenda.agenda.support;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

/** Tokens shaped as Keycloak issues them to the dev users and to the workflow's service account. */
public final class Callers {

    private Callers() {
    }

    public static JwtMutator user(String name, String department, String... roles) {
        return mockJwt()
                .jwt(jwt -> {
                    jwt.subject(name + "-id").claim("preferred_username", name).claim("azp", "groenagenda-cli")
                            .claim("realm_access", Map.of("roles", List.of(roles)));
                    if (department != null) {
                        jwt.claim("afdeling", department);
                    }
                })
                .authorities(java.util.Arrays.stream(roles).map(role -> (org.springframework.security.core.GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    public static JwtMutator medewerker() {
        return user("medewerker", "openbare-ruimte", "medewerker");
    }

    /** A colleague in another department. */
    public static JwtMutator medewerkerRo() {
        return user("medewerker-ro", "ruimtelijke-ontwikkeling", "medewerker");
    }

    public static JwtMutator managerOr() {
        return user("manager-or", "openbare-ruimte", "afdelingsmanager", "medewerker");
    }

    public static JwtMutator managerRo() {
        return user("manager-ro", "ruimtelijke-ontwikkeling", "afdelingsmanager", "medewerker");
    }

    public static JwtMutator financien() {
        return user("financien", null, "financieel-adviseur");
    }

    public static JwtMutator griffie() {
        return user("griffie", null, "raad");
    }

    public static JwtMutator beheerder() {
        return user("beheerder", null, "beheerder");
    }

    /** A client-credentials token of Keycloak client {@code workflow}: no realm roles of a person. */
    public static JwtMutator workflow() {
        return mockJwt()
                .jwt(jwt -> jwt.subject("service-account-workflow").claim("azp", "workflow").claim("client_id", "workflow")
                        .claim("preferred_username", "service-account-workflow")
                        .claim("realm_access", Map.of("roles", List.of("default-roles-groenagenda"))))
                .authorities(new SimpleGrantedAuthority("ROLE_default-roles-groenagenda"));
    }

    /** Another service's account: same shape of token, another authorized party. */
    public static JwtMutator budgetServiceAccount() {
        return mockJwt()
                .jwt(jwt -> jwt.subject("service-account-budget-service").claim("azp", "budget-service"))
                .authorities(List.of());
    }
}
