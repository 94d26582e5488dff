package nl.assen.groenagenda.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON calls through the gateway as a dev user, with a real token from Keycloak. */
final class AsUser {

    private AsUser() {
    }

    /** {@code method path} as {@code user}; a body is sent as JSON; further headers as name, value pairs. */
    static Response call(String method, String user, String path, String body, String... headers) {
        String[] all = Http.withHeader(Http.withHeader(headers, "Authorization",
                "Bearer " + Keycloak.instance().accessToken(user)), "Accept", "application/json");
        if (body != null) {
            all = Http.withHeader(all, "Content-Type", "application/json");
        }
        return Http.send(method, Suite.current().gateway().resolve(path), body, all);
    }

    /** The response's JSON, once its status is the expected one. */
    static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }
}
