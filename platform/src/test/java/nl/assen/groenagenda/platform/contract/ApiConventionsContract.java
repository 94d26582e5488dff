package nl.assen.groenagenda.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.assen.groenagenda.platform.ApiProperties;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The NL API Design Rules and security conventions every service of the suite keeps, proved against
 * the service itself (with its real database). A service's test extends this and names its first
 * authenticated read endpoint and the roles that may read it.
 */
public abstract class ApiConventionsContract {

    /** The realm roles of ../shared/API.md. */
    protected enum Role {
        MEDEWERKER("medewerker"), AFDELINGSMANAGER("afdelingsmanager"), FINANCIEEL_ADVISEUR("financieel-adviseur"),
        RAAD("raad"), BEHEERDER("beheerder");

        final String name;

        Role(String name) {
            this.name = name;
        }
    }

    @Autowired
    protected WebTestClient client;

    @Autowired
    protected ApiProperties api;

    /** A GET endpoint that answers a list. */
    protected abstract String readEndpoint();

    protected abstract Set<Role> rolesAllowedToRead();

    /**
     * A caller with one role, in a department as the staff dev users are: a list that a service scopes
     * by department (the agenda) still has something to show.
     */
    protected static JwtMutator as(Role role) {
        return mockJwt()
                .jwt(jwt -> jwt.claim("preferred_username", role.name)
                        .claim("realm_access", Map.of("roles", List.of(role.name)))
                        .claim(RealmRoleConverter.DEPARTMENT_CLAIM, "openbare-ruimte"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role.name));
    }

    @Test
    void eachAllowedRoleReadsTheListWithPagingAndLinks() {
        for (Role role : rolesAllowedToRead()) {
            client.mutateWith(as(role)).get().uri(readEndpoint() + "?page=1&pageSize=2")
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("API-Version", api.version())
                    .expectHeader().value(HttpHeaders.LINK, link -> assertThat(link)
                            .contains("rel=\"first\"").contains("rel=\"last\"").contains("pageSize=2"))
                    .expectBody()
                    .jsonPath("$.items").isArray()
                    .jsonPath("$.items.length()").value(length -> assertThat((Integer) length).isBetween(1, 2))
                    .jsonPath("$.page").isEqualTo(1)
                    .jsonPath("$.pageSize").isEqualTo(2)
                    .jsonPath("$.totalItems").isNumber()
                    .jsonPath("$.totalPages").isNumber();
        }
    }

    @Test
    void otherRolesAreForbiddenWithProblemJson() {
        Set<Role> refused = EnumSet.complementOf(EnumSet.copyOf(rolesAllowedToRead()));
        assertThat(refused).as("a read endpoint open to every role proves nothing about 403").isNotEmpty();
        for (Role role : refused) {
            client.mutateWith(as(role)).get().uri(readEndpoint())
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals("API-Version", api.version())
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(403)
                    .jsonPath("$.type").isNotEmpty()
                    .jsonPath("$.title").isNotEmpty();
        }
    }

    @Test
    void withoutTokenTheAnswerIs401ProblemJsonWithABearerChallenge() {
        client.get().uri(readEndpoint())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
                .expectHeader().valueEquals("API-Version", api.version())
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void aMalformedTokenIs401ProblemJson() {
        client.get().uri(readEndpoint())
                .header(HttpHeaders.AUTHORIZATION, "Bearer abc.def.ghi")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("Exception"));
    }

    @Test
    void aTrailingSlashIsNotFoundWithOrWithoutToken() {
        client.get().uri(readEndpoint() + "/")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("API-Version", api.version());
        client.mutateWith(as(someAllowedRole())).get().uri(readEndpoint() + "/")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUnknownPathIsNotFoundProblemJson() {
        client.mutateWith(as(someAllowedRole())).get().uri(api.basePath() + "/does-not-exist")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("API-Version", api.version())
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo(api.basePath() + "/does-not-exist");
    }

    @Test
    void anUnsupportedMethodIsMethodNotAllowedProblemJson() {
        client.mutateWith(as(someAllowedRole())).delete().uri(readEndpoint())
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("API-Version", api.version());
    }

    @Test
    void invalidPagingNamesEveryInvalidParameterAtOnce() {
        client.mutateWith(as(someAllowedRole())).get().uri(readEndpoint() + "?page=0&pageSize=501")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(2)
                .jsonPath("$.invalidParams[0].name").isEqualTo("page")
                .jsonPath("$.invalidParams[1].name").isEqualTo("pageSize");
    }

    @Test
    void theOpenApiDescriptionIsPublicWithContactAndSemanticVersion() {
        client.get().uri(api.openApiPath())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("API-Version", api.version())
                .expectBody()
                .jsonPath("$.openapi").value(version -> assertThat((String) version).startsWith("3."))
                .jsonPath("$.info.version").isEqualTo(api.version())
                .jsonPath("$.info.contact.name").isNotEmpty()
                .jsonPath("$.info.contact.email").isNotEmpty()
                .jsonPath("$.info.contact.url").isNotEmpty()
                .jsonPath("$.paths['" + readEndpoint() + "']").exists();
    }

    @Test
    void aCorrelationIdIsEchoedAndAMissingOneIsCreated() {
        client.mutateWith(as(someAllowedRole())).get().uri(readEndpoint())
                .header("X-Correlation-ID", "test-correlation-1")
                .exchange()
                .expectHeader().valueEquals("X-Correlation-ID", "test-correlation-1");
        client.mutateWith(as(someAllowedRole())).get().uri(readEndpoint())
                .header("X-Correlation-ID", "not an id; drop table")
                .exchange()
                .expectHeader().value("X-Correlation-ID", id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    protected Role someAllowedRole() {
        return rolesAllowedToRead().iterator().next();
    }
}
