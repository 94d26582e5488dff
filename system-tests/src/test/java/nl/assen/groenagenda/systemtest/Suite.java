package nl.assen.groenagenda.systemtest;

import java.net.URI;

/**
 * Where the running suite is. Each value comes from an environment variable, else a system property of
 * the same name, else the default of deploy/local/test.sh (the e2e ports).
 */
public record Suite(URI gateway, URI keycloak, String realm, String keycloakAdmin, String keycloakAdminPassword) {

    private static final Suite CURRENT = new Suite(
            uri(setting("GATEWAY_URL", "http://localhost:18080")),
            uri(setting("KEYCLOAK_URL", "http://localhost:8180")),
            setting("KEYCLOAK_REALM", "groenagenda"),
            setting("KEYCLOAK_ADMIN", "admin"),
            setting("KEYCLOAK_ADMIN_PASSWORD", "admin"));

    public static Suite current() {
        return CURRENT;
    }

    /** The service's own address, reached without the gateway. */
    public URI direct(Api api) {
        return uri(setting(api.urlVariable, api.defaultUrl));
    }

    /** The realm's base URL, which is also the issuer of its tokens. */
    public URI realmUrl() {
        return URI.create(keycloak + "/realms/" + realm);
    }

    static String setting(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static URI uri(String value) {
        return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }
}
