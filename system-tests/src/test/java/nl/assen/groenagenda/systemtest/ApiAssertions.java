package nl.assen.groenagenda.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/** The NL API Design Rules as the smoke tests check them on a response. */
public final class ApiAssertions {

    public static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    /** Words that betray internals: stack traces, class names, the framework. */
    private static final List<String> INTERNALS = List.of("java.", "Exception", "org.springframework", "\tat ");

    private ApiAssertions() {
    }

    /** An RFC 9457 problem with the given status, that tells nothing of the implementation. */
    public static JsonNode assertProblem(Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("Content-Type of %s", response).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asText()).as("problem type in %s", response).isNotBlank();
        assertThat(problem.path("title").asText()).as("problem title in %s", response).isNotBlank();
        assertThat(problem.path("status").isInt()).as("problem status is a number in %s", response).isTrue();
        assertThat(problem.path("status").asInt()).as("problem status in %s", response).isEqualTo(status);
        assertNoInternals(response);
        return problem;
    }

    public static void assertNoInternals(Response response) {
        for (String internal : INTERNALS) {
            assertThat(response.body()).as("body of %s must not reveal internals", response).doesNotContain(internal);
        }
    }

    /** The service's API-Version header: a full semantic version. */
    public static String assertApiVersion(Response response) {
        String version = response.header("API-Version").orElse(null);
        assertThat(version).as("API-Version header of %s", response).isNotNull().matches(SEMVER);
        return version;
    }

    /** A 200 list in the suite's shape: {"items": [...], "page", "pageSize", "totalItems", "totalPages"}. */
    public static JsonNode assertList(Response response) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(200);
        assertThat(response.contentType()).as("Content-Type of %s", response).startsWith("application/json");
        JsonNode list = response.json();
        assertThat(list.path("items").isArray()).as("items is an array in %s", response).isTrue();
        for (String number : List.of("page", "pageSize", "totalItems", "totalPages")) {
            assertThat(list.path(number).isIntegralNumber()).as("%s is a whole number in %s", number, response).isTrue();
        }
        assertThat(list.path("totalItems").asLong()).as("totalItems counts at least the items in %s", response)
                .isGreaterThanOrEqualTo(list.path("items").size());
        return list;
    }
}
