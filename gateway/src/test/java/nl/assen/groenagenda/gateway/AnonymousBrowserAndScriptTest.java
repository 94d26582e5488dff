package nl.assen.groenagenda.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static nl.assen.groenagenda.gateway.TestKeycloak.WIREMOCK;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** What a caller without any login meets: a login redirect for pages, 401 problem+json for the rest. */
class AnonymousBrowserAndScriptTest extends GatewayTestBase {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalManagementPort
    int managementPort;

    @Test
    void browserAskingForAPageIsRedirectedToTheKeycloakLogin() {
        web.get().uri("/")
                .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void sharedLinkToAScreenOpenedWithoutSessionGoesToTheLoginFirst() {
        web.get().uri("/taken/4f1c2d")
                .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void apiCallWithoutTokenGets401ProblemJsonAndNoRedirect() {
        web.get().uri("/api/assets/v1/asset-types")
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"groenagenda\"")
                .expectBody().jsonPath("$.status").isEqualTo(401);
        WIREMOCK.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void anyAcceptThatIsNotHtmlGets401ProblemJsonEvenForThePages() {
        web.get().uri("/")
                .header(HttpHeaders.ACCEPT, "*/*")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        for (String path : new String[] {"/session", "/ui-settings"}) {
            web.get().uri(path)
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void writeWithoutTokenOrCookieGets401RatherThanACsrfRefusal() {
        web.post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void openApiDescriptionPassesWithoutLogin() {
        WIREMOCK.stubFor(get("/api/budget/v1/openapi.json").willReturn(okJson("{\"openapi\":\"3.0.1\"}")));

        web.get().uri("/api/budget/v1/openapi.json")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.0.1");

        WIREMOCK.verify(getRequestedFor(urlPathEqualTo("/api/budget/v1/openapi.json"))
                .withHeader(HttpHeaders.AUTHORIZATION, absent()));
    }

    @Test
    void securityHeadersAreOnEveryResponseAndHstsOnlyOverHttps() {
        WIREMOCK.stubFor(get("/api/assets/v1/openapi.json").willReturn(okJson("{}")));
        for (String path : new String[] {"/api/assets/v1/openapi.json", "/api/assets/v1/asset-types", "/"}) {
            var headers = web.get().uri(path).exchange().returnResult(String.class).getResponseHeaders();
            assertThat(headers.getFirst("Content-Security-Policy"))
                    .as(path)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                            "form-action 'self' " + WIREMOCK.baseUrl(),
                            // The map's background tiles (PDOK by default) are the only foreign images.
                            "img-src 'self' https://service.pdok.nl");
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            // Plain http here: Spring writes Strict-Transport-Security only on https requests.
            assertThat(headers.containsKey("Strict-Transport-Security")).as(path).isFalse();
        }
    }

    @Test
    void loginStartsAnAuthorizationCodeFlowWithPkceAtKeycloak() {
        String location = web.get().uri("/oauth2/authorization/keycloak")
                .exchange()
                .expectStatus().isFound()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();

        var redirect = UriComponentsBuilder.fromUriString(location).build();
        assertThat(location).startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/auth?");
        var query = redirect.getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("groenagenda-gateway");
        assertThat(query.getFirst("scope")).isEqualTo("openid%20profile%20email");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).isNotBlank();
        assertThat(query.getFirst("nonce")).isNotBlank();
    }

    @Test
    void actuatorIsOpenOnTheManagementPortOnly() {
        var management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.build.artifact").isEqualTo("gateway");

        web.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
    }
}
