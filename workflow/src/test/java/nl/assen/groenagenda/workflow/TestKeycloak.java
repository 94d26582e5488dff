package nl.assen.groenagenda.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for Keycloak where a test needs a real signed token: serves the realm's signing key at
 * the JWKS address the service derives from its issuer, and signs tokens shaped like Keycloak's.
 */
public final class TestKeycloak {

    public static final String REALM_PATH = "/realms/groenagenda";

    private final WireMockServer server;
    private final RSAKey key;

    private TestKeycloak(WireMockServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    public static TestKeycloak start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            server.stubFor(get(urlEqualTo(REALM_PATH + "/protocol/openid-connect/certs"))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody(new JWKSet(key.toPublicJWK()).toString())));
            server.stubFor(post(urlEqualTo(REALM_PATH + "/protocol/openid-connect/logout"))
                    .willReturn(aResponse().withStatus(204)));
            return new TestKeycloak(server, key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return server.baseUrl() + REALM_PATH;
    }

    /**
     * Answers the next authorization code at the token endpoint as Keycloak would for a browser login
     * of {@code clientId}: an ID token with the login's nonce, an access token with the realm roles.
     */
    public void answerLogin(String clientId, String nonce, String username, String... roles) {
        // The refresh token names the login's nonce, so that a test can find its own logout.
        Instant now = Instant.now();
        var idToken = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", nonce)
                .claim("azp", clientId)
                .claim("preferred_username", username)
                .build();
        String accessToken = token(username).withRoles(roles).withAudiences("account").signed();
        String body = "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                + "\"refresh_token\":\"refresh-" + nonce + "\",\"refresh_expires_in\":1800,"
                + "\"id_token\":\"" + sign(idToken) + "\",\"scope\":\"openid profile\"}";
        server.stubFor(post(urlEqualTo(REALM_PATH + "/protocol/openid-connect/token"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** How often a client ended the Keycloak session of the login with this nonce (back channel). */
    public int sessionsEnded(String clientId, String nonce) {
        return server.findAll(postRequestedFor(urlEqualTo(REALM_PATH + "/protocol/openid-connect/logout"))
                        .withBasicAuth(new BasicCredentials(clientId, clientId + "-dev-secret"))
                        .withRequestBody(containing("refresh_token=refresh-" + nonce)))
                .size();
    }

    private String sign(JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public Token token(String username) {
        return new Token(this, issuer(), username, List.of("workflow"), List.of(), null, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A token as Keycloak issues it; each {@code with...} changes one thing, to prove one check. */
    public record Token(TestKeycloak keycloak, String issuer, String username, List<String> audiences,
                        List<String> roles, String afdeling, Instant expires) {

        public Token withRoles(String... newRoles) {
            return new Token(keycloak, issuer, username, audiences, List.of(newRoles), afdeling, expires);
        }

        public Token withAudiences(String... newAudiences) {
            return new Token(keycloak, issuer, username, List.of(newAudiences), roles, afdeling, expires);
        }

        public Token withIssuer(String newIssuer) {
            return new Token(keycloak, newIssuer, username, audiences, roles, afdeling, expires);
        }

        public Token expiredAt(Instant newExpires) {
            return new Token(keycloak, issuer, username, audiences, roles, afdeling, newExpires);
        }

        public String signed() {
            var claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(UUID.randomUUID().toString())
                    .audience(audiences)
                    .issueTime(Date.from(expires.minus(Duration.ofMinutes(5))))
                    .expirationTime(Date.from(expires))
                    .claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", roles));
            if (afdeling != null) {
                claims.claim("afdeling", afdeling);
            }
            return keycloak.sign(claims.build());
        }
    }
}
