package nl.assen.groenagenda.gateway.login;

/** The names under which the browser login is reachable; scripts and system tests rely on them. */
public final class KeycloakLogin {

    /** Registration id of Keycloak client {@code groenagenda-gateway} (spring.security.oauth2.client.registration.keycloak). */
    public static final String REGISTRATION_ID = "keycloak";

    /** Where a browser starts its login: the gateway redirects from here to Keycloak. */
    public static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private KeycloakLogin() {
    }

    /** Keycloak's end-session endpoint (RP-initiated logout) below the realm's issuer. */
    static String endSessionEndpoint(String issuer) {
        return issuer + "/protocol/openid-connect/logout";
    }
}
