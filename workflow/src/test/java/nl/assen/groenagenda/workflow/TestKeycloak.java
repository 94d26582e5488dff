package nl.assen.groenagenda.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
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
            return new TestKeycloak(server, key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return server.baseUrl() + REALM_PATH;
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
            try {
                var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keycloak.key.getKeyID()).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(keycloak.key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
