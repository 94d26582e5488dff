package nl.assen.groenagenda.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One WireMock server for the whole test run, standing in for Keycloak's HTTP API (JWKS, token,
 * userinfo) and for the downstream services' HTTP APIs. Tokens are signed for real with an RSA key
 * whose public half the JWKS stub publishes, so the gateway's real validation runs.
 */
final class TestKeycloak {

    static final String REALM_PATH = "/realms/groenagenda";
    static final String JWKS_PATH = REALM_PATH + "/protocol/openid-connect/certs";
    static final String TOKEN_PATH = REALM_PATH + "/protocol/openid-connect/token";
    static final String USERINFO_PATH = REALM_PATH + "/protocol/openid-connect/userinfo";
    static final String AUTH_PATH = REALM_PATH + "/protocol/openid-connect/auth";
    static final String LOGOUT_PATH = REALM_PATH + "/protocol/openid-connect/logout";

    static final WireMockServer WIREMOCK = new WireMockServer(options().dynamicPort());
    static final RSAKey KEY = generate();
    /** Same key id, different key: a token signed with it has a bad signature. */
    static final RSAKey FORGED_KEY = generate();

    static {
        WIREMOCK.start();
    }

    private TestKeycloak() {
    }

    static String issuer() {
        return WIREMOCK.baseUrl() + REALM_PATH;
    }

    static void stubJwks() {
        WIREMOCK.stubFor(get(urlPathEqualTo(JWKS_PATH)).willReturn(okJson(new JWKSet(KEY.toPublicJWK()).toString())));
    }

    /** An access token as Keycloak issues it for user manager-or, adjusted by the test. */
    static String accessToken(Consumer<JWTClaimsSet.Builder> adjust) {
        return sign(KEY, accessClaims(adjust));
    }

    static JWTClaimsSet accessClaims(Consumer<JWTClaimsSet.Builder> adjust) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("5b1c2d3e-0000-4000-8000-000000000001")
                .audience(List.of("asset-service", "budget-service", "agenda-service", "workflow"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .claim("azp", "groenagenda-cli")
                .claim("preferred_username", "manager-or")
                .claim("name", "Manager Openbare Ruimte")
                .claim("afdeling", "openbare-ruimte")
                .claim("realm_access", Map.of("roles", List.of("afdelingsmanager", "medewerker")));
        adjust.accept(claims);
        return claims.build();
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
