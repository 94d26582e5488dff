package nl.assen.groenagenda.systemtest;

import static nl.assen.groenagenda.systemtest.ApiAssertions.SEMVER;
import static nl.assen.groenagenda.systemtest.ApiAssertions.assertApiVersion;
import static nl.assen.groenagenda.systemtest.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The NL API Design Rules on the running suite: OpenAPI description, versions, errors, correlation ids. */
class ApiConventionsSystemTest {

    private static final Keycloak keycloak = Keycloak.instance();

    static Stream<Target> targets() {
        return Target.all();
    }

    @ParameterizedTest(name = "{0} through the gateway")
    @EnumSource(Api.class)
    void eachApiPublishesItsOpenApiDescriptionUnauthenticated(Api api) {
        Response response = Http.get(new Target(api, Target.Route.GATEWAY).url(api.openApiPath()), "Accept", "application/json");

        assertThat(response.status()).as("status of %s", response).isEqualTo(200);
        assertThat(response.contentType()).as("Content-Type of %s", response).startsWith("application/json");
        JsonNode openApi = response.json();
        assertThat(openApi.path("openapi").asText()).as("openapi in %s", response).startsWith("3.");
        JsonNode info = openApi.path("info");
        assertThat(info.path("version").asText()).as("info.version in %s", response).matches(SEMVER);
        for (String field : new String[] {"name", "email", "url"}) {
            assertThat(info.path("contact").path(field).asText()).as("info.contact.%s in %s", field, response).isNotBlank();
        }
        assertThat(assertApiVersion(response)).as("API-Version header against info.version of %s", response)
                .isEqualTo(info.path("version").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aPathWithATrailingSlashIs404Problem(Target target) {
        Response response = Http.getWithBearer(target.url(target.api().readPath() + "/"),
                keycloak.accessToken("beheerder"), "Accept", "application/json");

        assertProblem(response, 404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void anUnknownPathUnderTheBasePathIs404Problem(Target target) {
        Response response = Http.getWithBearer(target.url(target.api().basePath() + "/no-such-resources"),
                keycloak.accessToken("beheerder"), "Accept", "application/json");

        assertProblem(response, 404);
        if (target.route() == Target.Route.DIRECT) {
            assertApiVersion(response);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aPostToAReadOnlyEndpointIs405Problem(Target target) {
        Response response = Http.postJsonWithBearer(target.readUrl(), keycloak.accessToken("beheerder"), "{}");

        assertProblem(response, 405);
        if (target.route() == Target.Route.DIRECT) {
            assertApiVersion(response);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void theCorrelationIdSentComesBack(Target target) {
        String correlationId = UUID.randomUUID().toString();

        Response response = Http.getWithBearer(target.readUrl(), keycloak.accessToken("medewerker"),
                "Accept", "application/json", "X-Correlation-ID", correlationId);

        assertThat(response.status()).as("status of %s", response).isEqualTo(200);
        // Through the gateway the service's echo and the gateway's may both be there: neither may differ.
        assertThat(response.headerValues("X-Correlation-ID")).as("X-Correlation-ID of %s", response)
                .isNotEmpty().containsOnly(correlationId);
    }
}
