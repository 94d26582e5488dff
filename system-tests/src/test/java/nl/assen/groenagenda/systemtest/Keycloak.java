package nl.assen.groenagenda.systemtest;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Gets real tokens from the running Keycloak, the way scripts do (password grant on a public client). */
public final class Keycloak {

    /** The public client for scripts and tests (direct access grants, dev realm only). */
    static final String CLI_CLIENT = "groenagenda-cli";
    /** A public client of the dev realm whose access tokens live one second. */
    static final String SHORT_LIVED_CLIENT = "groenagenda-test-short-lived";
    /**
     * How long past {@code exp} a token must be before the apps refuse it: their clock skew (TOKEN_CLOCK_SKEW,
     * 1s in the e2e run of deploy/local/test.sh) plus two seconds of margin.
     */
    static final Duration PAST_EXPIRY = clockSkew().plusSeconds(2);

    private static final Keycloak INSTANCE = new Keycloak(Suite.current());

    private final Suite suite;
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private volatile CompletableFuture<String> expiredToken;

    private Keycloak(Suite suite) {
        this.suite = suite;
    }

    public static Keycloak instance() {
        return INSTANCE;
    }

    public URI issuer() {
        return suite.realmUrl();
    }

    public URI authorizationEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/auth");
    }

    public URI endSessionEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/logout");
    }

    /** An access token of a dev user (password = username), reused while it has a minute left. */
    public String accessToken(String user) {
        return accessTokens.compute(user, (name, cached) -> cached != null && validFor(cached, Duration.ofMinutes(1))
                ? cached
                : passwordGrant(suite.realm(), CLI_CLIENT, name, name));
    }

    /**
     * A real, correctly signed token from another realm of the same Keycloak ({@code master}, the admin
     * user through {@code admin-cli}): valid signature for its own issuer, wrong issuer for the suite.
     */
    public String foreignIssuerToken() {
        return passwordGrant("master", "admin-cli", suite.keycloakAdmin(), suite.keycloakAdminPassword());
    }

    /** A fresh token of {@value #SHORT_LIVED_CLIENT}, still valid for about a second. */
    public String shortLivedToken(String user) {
        return passwordGrant(suite.realm(), SHORT_LIVED_CLIENT, user, user);
    }

    /**
     * A token of a dev user that expired {@link #PAST_EXPIRY} ago, beyond the apps' clock skew. Obtained once
     * and shared: the first caller waits for it to expire (a few seconds), {@link #prepareExpiredToken()}
     * starts that clock early.
     */
    public String expiredToken() {
        return prepareExpiredToken().join();
    }

    public synchronized CompletableFuture<String> prepareExpiredToken() {
        if (expiredToken == null || expiredToken.isCompletedExceptionally()) {
            expiredToken = CompletableFuture.supplyAsync(() -> shortLivedToken("medewerker"))
                    .thenApply(token -> {
                        Instant usableAfter = claims(token).getExpirationTime().toInstant().plus(PAST_EXPIRY);
                        sleepUntil(usableAfter);
                        return token;
                    });
        }
        return expiredToken;
    }

    public static JWTClaimsSet claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("not a signed JWT: " + token, e);
        }
    }

    /** The apps' TOKEN_CLOCK_SKEW as Spring reads it ("1s", "500ms", "2m", "PT1S" or plain milliseconds). */
    static Duration clockSkew() {
        String value = Suite.setting("TOKEN_CLOCK_SKEW", "1s").toLowerCase(java.util.Locale.ROOT);
        var simple = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)?").matcher(value);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            String unit = simple.group(2) == null ? "ms" : simple.group(2);
            return switch (unit) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofMillis(amount);
            };
        }
        return Duration.parse(value.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean validFor(String token, Duration margin) {
        var exp = claims(token).getExpirationTime();
        return exp != null && exp.toInstant().isAfter(Instant.now().plus(margin));
    }

    private String passwordGrant(String realm, String clientId, String username, String password) {
        URI tokenEndpoint = URI.create(suite.keycloak() + "/realms/" + realm + "/protocol/openid-connect/token");
        Response response = Http.postForm(tokenEndpoint, form(Map.of(
                "grant_type", "password", "client_id", clientId, "username", username, "password", password)));
        if (response.status() != 200) {
            throw new AssertionError("Keycloak gave no token for " + username + " via " + clientId + " in realm "
                    + realm + ": " + response);
        }
        return response.json().path("access_token").asText();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleepUntil(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a token to expire", e);
            }
        }
    }
}
