package nl.assen.groenagenda.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static nl.assen.groenagenda.gateway.TestKeycloak.WIREMOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.assen.groenagenda.platform.security.CachingJwtDecoder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** Scripts call the gateway with a Keycloak access token: checked for real, relayed as it is. */
class BearerCallerTest extends GatewayTestBase {

    private static final String ASSET_TYPES = "/api/assets/v1/asset-types";

    @Autowired
    ReactiveJwtDecoder jwtDecoder;

    @Test
    void validTokenIsRelayedWithItsAuthorizationHeaderAndCorrelationIdButWithoutCookies() {
        WIREMOCK.stubFor(get(ASSET_TYPES).willReturn(okJson("{\"items\":[]}")));
        String token = TestKeycloak.accessToken(claims -> { });

        var result = web.get().uri(ASSET_TYPES)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Correlation-ID", "test-correlation-1")
                .header(HttpHeaders.COOKIE, "SESSION=someone-elses-session; XSRF-TOKEN=abc")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Correlation-ID", "test-correlation-1")
                .expectBody().json("{\"items\":[]}")
                .returnResult();

        WIREMOCK.verify(getRequestedFor(urlPathEqualTo(ASSET_TYPES))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
                .withHeader("X-Correlation-ID", equalTo("test-correlation-1"))
                .withHeader(HttpHeaders.COOKIE, absent()));
        // Stateless for scripts: neither a session nor a CSRF cookie is handed out.
        assertThat(result.getResponseCookies()).doesNotContainKeys("SESSION", "XSRF-TOKEN");
    }

    @Test
    void correlationIdIsGeneratedWhenTheCallerBringsNone() {
        WIREMOCK.stubFor(get(ASSET_TYPES).willReturn(okJson("{}")));

        String echoed = web.get().uri(ASSET_TYPES)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeycloak.accessToken(claims -> { }))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-ID");

        assertThat(echoed).isNotBlank();
        WIREMOCK.verify(getRequestedFor(urlPathEqualTo(ASSET_TYPES)).withHeader("X-Correlation-ID", equalTo(echoed)));
    }

    @Test
    void bearerWriteNeedsNoCsrfToken() {
        WIREMOCK.stubFor(post(ASSET_TYPES).willReturn(WireMock.created().withBody("{}")));

        web.post().uri(ASSET_TYPES)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeycloak.accessToken(claims -> { }))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"BOOM\"}")
                .exchange()
                .expectStatus().isCreated();

        WIREMOCK.verify(postRequestedFor(urlPathEqualTo(ASSET_TYPES)).withRequestBody(equalTo("{\"code\":\"BOOM\"}")));
    }

    @Test
    void expiredTokenIsRefusedWithProblemJson() {
        Instant longAgo = Instant.now().minusSeconds(600);
        assertRefused(TestKeycloak.accessToken(claims -> claims
                .issueTime(Date.from(longAgo))
                .expirationTime(Date.from(longAgo.plusSeconds(300)))));
    }

    @Test
    void tokenOfAnotherIssuerIsRefusedWithProblemJson() {
        assertRefused(TestKeycloak.accessToken(claims -> claims.issuer("http://localhost:8180/realms/elders")));
    }

    @Test
    void tokenForAnotherAudienceIsRefusedWithProblemJson() {
        assertRefused(TestKeycloak.accessToken(claims -> claims.audience(List.of("account"))));
    }

    @Test
    void tokenWithABadSignatureIsRefusedWithProblemJson() {
        assertRefused(TestKeycloak.sign(TestKeycloak.FORGED_KEY, TestKeycloak.accessClaims(claims -> { })));
    }

    @Test
    void malformedTokenIsRefusedWithProblemJson() {
        assertRefused("not.a.token");
    }

    @Test
    void tokenAcceptedOnceIsStillRefusedAfterItExpired() throws InterruptedException {
        // A cached token must not outlive its exp (plus the 30 s clock skew the validator allows).
        WIREMOCK.stubFor(get(ASSET_TYPES).willReturn(okJson("{}")));
        Instant now = Instant.now();
        String token = TestKeycloak.accessToken(claims -> claims
                .issueTime(Date.from(now.minusSeconds(328)))
                .expirationTime(Date.from(now.minusSeconds(28))));
        web.get().uri(ASSET_TYPES).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();

        Thread.sleep(2_500);
        WIREMOCK.resetRequests();

        assertRefused(token);
    }

    @Test
    void theResourceServerUsesThePlatformsTokenDefinition() {
        // The platform's decoder (signature, issuer, expiry, audience, remembering accepted tokens) is the
        // chain's; the audience, issuer and expiry tests above prove its validator is the one applied.
        assertThat(jwtDecoder).isInstanceOf(CachingJwtDecoder.class);
    }

    @Test
    void sessionEndpointDescribesTheBearerCallerWithoutAnyToken() {
        byte[] body = web.get().uri("/session")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeycloak.accessToken(claims -> { }))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("manager-or")
                .jsonPath("$.name").isEqualTo("Manager Openbare Ruimte")
                .jsonPath("$.roles").isEqualTo(List.of("afdelingsmanager", "medewerker"))
                .jsonPath("$.afdeling").isEqualTo("openbare-ruimte")
                .returnResult().getResponseBody();
        assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("eyJ");
    }

    @Test
    void unknownApiPathIsNotFoundAsProblemJson() {
        web.get().uri("/api/nothing/v1/things")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeycloak.accessToken(claims -> { }))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
        WIREMOCK.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void unknownPageIsNotFoundAsProblemJsonForAnAuthenticatedCaller() {
        web.get().uri("/no-such-page")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeycloak.accessToken(claims -> { }))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unreachableServiceIsAnsweredWith503ProblemJson() {
        web.get().uri("/api/workflow/v1/tasks")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeycloak.accessToken(claims -> { }))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:service-unavailable");
    }

    private void assertRefused(String token) {
        web.get().uri(ASSET_TYPES)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer .*invalid_token.*")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:unauthenticated");
        WIREMOCK.verify(0, anyRequestedFor(urlPathEqualTo(ASSET_TYPES)));
    }
}
