package nl.assen.groenagenda.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.assen.groenagenda.gateway.TestKeycloak.WIREMOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A browser logs in through the real authorization code flow (Keycloak's token and userinfo
 * endpoints stubbed), then uses its session: tokens stay in the gateway, writes need the CSRF token,
 * API calls are relayed with the user's access token and without the browser's cookies.
 */
class BrowserSessionTest extends GatewayTestBase {

    private static final String ASSET_TYPES = "/api/assets/v1/asset-types";

    /** The browser's cookie jar. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    @LocalServerPort
    int port;
    private String accessToken;
    private String idToken;

    @BeforeEach
    void logIn() {
        cookies.clear();
        // 1. The browser asks for the start page and is sent to the gateway's login path.
        var start = browser(web.get().uri("/").header(HttpHeaders.ACCEPT, "text/html"))
                .expectStatus().isFound().expectBody().returnResult();
        remember(start);
        // 2. The gateway sends it on to Keycloak with state, nonce and a PKCE challenge.
        var authorize = browser(web.get().uri("/oauth2/authorization/keycloak"))
                .expectStatus().isFound().expectBody().returnResult();
        remember(authorize);
        var query = UriComponentsBuilder.fromUri(authorize.getResponseHeaders().getLocation()).build().getQueryParams();
        String state = decode(query.getFirst("state"));
        String nonce = decode(query.getFirst("nonce"));
        // 3. Keycloak (stubbed) would log the user in and redirect back with a code.
        stubKeycloakTokenEndpoints(nonce);
        String sessionBeforeLogin = cookies.get("SESSION");
        var callback = browser(web.get().uri(uri -> uri.path("/login/oauth2/code/keycloak")
                        .queryParam("code", "the-code").queryParam("state", state).build()))
                .expectStatus().isFound().expectBody().returnResult();
        remember(callback);
        assertThat(callback.getResponseHeaders().getLocation().getPath()).isEqualTo("/");
        // A new session id after login (no session fixation).
        assertThat(cookies.get("SESSION")).isNotBlank().isNotEqualTo(sessionBeforeLogin);
    }

    @Test
    void loginUsesPkceAndTheClientSecret() {
        WIREMOCK.verify(postRequestedFor(urlPathEqualTo(TestKeycloak.TOKEN_PATH))
                .withHeader(HttpHeaders.AUTHORIZATION, matching("Basic .+"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=the-code"))
                .withRequestBody(matching(".*code_verifier=[A-Za-z0-9_-]{43,}.*")));
    }

    @Test
    void sessionEndpointShowsTheUserWithRealmRolesFromTheAccessTokenAndNoTokens() {
        byte[] body = browser(web.get().uri("/session"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("manager-or")
                .jsonPath("$.name").isEqualTo("Manager Openbare Ruimte")
                .jsonPath("$.roles").isEqualTo(List.of("afdelingsmanager", "medewerker"))
                .jsonPath("$.afdeling").isEqualTo("openbare-ruimte")
                .returnResult().getResponseBody();
        String json = new String(body, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(accessToken).doesNotContain(idToken).doesNotContain("eyJ");
    }

    @Test
    void uiSettingsGiveTheMapBackgroundThatTheOperatorConfigured() {
        browser(web.get().uri("/ui-settings"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.mapTilesUrl").isEqualTo(
                        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png")
                .jsonPath("$.mapAttribution").value(attribution -> assertThat((String) attribution).contains("Kadaster"));
    }

    @Test
    void startPageIsTheWebUiWithOnlyScriptsFromFilesSoThatTheCspHolds() {
        String html = browser(web.get().uri("/").header(HttpHeaders.ACCEPT, "text/html"))
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html)
                .contains("<html lang=\"nl\">", "Groenagenda - Uitvoeringsagenda Groenvisie Assen 2040", "<div id=\"root\">")
                .doesNotContain("style=")
                .doesNotContain("<style");

        // script-src 'self' (from default-src): every script must be a file of the gateway, none inline.
        Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        List<String> sources = new ArrayList<>();
        while (scripts.find()) {
            Matcher src = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(scripts.group(1));
            assertThat(src.find()).as("script without src: %s", scripts.group()).isTrue();
            assertThat(scripts.group(2)).as("inline script body").isBlank();
            sources.add(src.group(1));
        }
        assertThat(sources).as("the built web UI").isNotEmpty();
        for (String source : sources) {
            browser(web.get().uri(source))
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith("text/javascript")
                    // Hashed names: kept by the browser for good, but only the user's own browser.
                    .expectHeader().cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable());
        }
        // The page that names them is asked for anew every time.
        browser(web.get().uri("/").header(HttpHeaders.ACCEPT, "text/html"))
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"));
        browser(web.get().uri("/taken").header(HttpHeaders.ACCEPT, "text/html"))
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-cache"));
    }

    @Test
    void theWebUisFilesAreSentGzippedToABrowserThatAcceptsIt() throws Exception {
        String html = browser(web.get().uri("/").header(HttpHeaders.ACCEPT, "text/html"))
                .expectBody(String.class).returnResult().getResponseBody();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        assertThat(script.find()).isTrue();
        // The JDK's client, because WebTestClient's Netty client unpacks gzip itself and drops the header.
        var request = java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + port + script.group(1)))
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                .header(HttpHeaders.COOKIE, "SESSION=" + cookies.get("SESSION"))
                .build();
        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).contains("gzip");
    }

    @Test
    void sharedLinkToAScreenOfTheWebUiGetsThePageThatDrawsIt() {
        for (String path : new String[] {"/taken", "/taken/4f1c2d", "/begroting", "/begroting/kaderbrief/2025",
                "/uitvoeringsagenda/nieuw", "/groenareaal", "/rapportages"}) {
            browser(web.get().uri(path).header(HttpHeaders.ACCEPT, "text/html"))
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).value(html -> assertThat(html).as(path).contains("<div id=\"root\">"));
        }
    }

    @Test
    void pathThatIsNoScreenStaysA404AndAScriptNeverGetsThePage() {
        for (String path : new String[] {"/bestaat-niet", "/begrotingen", "/takenlijst"}) {
            browser(web.get().uri(path).header(HttpHeaders.ACCEPT, "text/html"))
                    .expectStatus().isNotFound();
        }
        browser(web.get().uri("/taken/4f1c2d").header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE))
                .expectStatus().isNotFound();
    }

    @Test
    void apiReadIsRelayedWithTheUsersAccessTokenAndWithoutTheBrowsersCookies() {
        WIREMOCK.stubFor(get(ASSET_TYPES).willReturn(okJson("{\"items\":[]}")));

        browser(web.get().uri(ASSET_TYPES)).expectStatus().isOk();

        WIREMOCK.verify(WireMock.getRequestedFor(urlPathEqualTo(ASSET_TYPES))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + accessToken))
                .withHeader(HttpHeaders.COOKIE, absent()));
    }

    @Test
    void sessionWriteWithoutCsrfTokenIsRefusedWithProblemJson() {
        browser(web.post().uri(ASSET_TYPES).contentType(MediaType.APPLICATION_JSON).bodyValue("{}"))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:csrf");
        WIREMOCK.verify(0, anyRequestedFor(urlPathEqualTo(ASSET_TYPES)));
    }

    @Test
    void sessionWriteWithTheCsrfTokenIsRelayedWithItsBody() {
        WIREMOCK.stubFor(post(ASSET_TYPES).willReturn(WireMock.created().withBody("{}")));
        assertThat(cookies.get("XSRF-TOKEN")).as("the CSRF cookie is handed out").isNotBlank();

        browser(web.post().uri(ASSET_TYPES)
                .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"BOOM\"}"))
                .expectStatus().isCreated();

        WIREMOCK.verify(postRequestedFor(urlPathEqualTo(ASSET_TYPES))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + accessToken))
                .withHeader(HttpHeaders.COOKIE, absent())
                .withHeader("X-XSRF-TOKEN", equalTo(cookies.get("XSRF-TOKEN")))
                .withRequestBody(equalTo("{\"code\":\"BOOM\"}")));
    }

    @Test
    void logoutEndsTheSessionAndGoesThroughKeycloaksEndSessionEndpoint() {
        var logout = browser(web.post().uri("/logout")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", cookies.get("XSRF-TOKEN"))))
                .expectStatus().isFound().expectBody().returnResult();

        String location = logout.getResponseHeaders().getLocation().toString();
        assertThat(location).startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/logout?");
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(decode(query.getFirst("id_token_hint"))).isEqualTo(idToken);
        assertThat(decode(query.getFirst("post_logout_redirect_uri"))).matches("http://localhost:\\d+/");

        browser(web.get().uri("/session")).expectStatus().isUnauthorized();
    }

    @Test
    void logoutWithoutCsrfTokenIsRefused() {
        browser(web.post().uri("/logout")).expectStatus().isForbidden();
        browser(web.get().uri("/session")).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec browser(WebTestClient.RequestHeadersSpec<?> request) {
        if (!cookies.isEmpty()) {
            request.header(HttpHeaders.COOKIE, cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .reduce((a, b) -> a + "; " + b).orElseThrow());
        }
        return request.exchange();
    }

    private void remember(EntityExchangeResult<?> result) {
        MultiValueMap<String, ResponseCookie> set = result.getResponseCookies();
        set.forEach((name, values) -> {
            ResponseCookie last = values.get(values.size() - 1);
            if (last.getMaxAge().isZero() || last.getValue().isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, last.getValue());
            }
        });
    }

    private void stubKeycloakTokenEndpoints(String nonce) {
        Instant now = Instant.now();
        accessToken = TestKeycloak.accessToken(claims -> claims.claim("azp", "groenagenda-gateway"));
        idToken = TestKeycloak.sign(TestKeycloak.KEY, new JWTClaimsSet.Builder()
                .issuer(TestKeycloak.issuer())
                .subject("5b1c2d3e-0000-4000-8000-000000000001")
                .audience("groenagenda-gateway")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", "groenagenda-gateway")
                .claim("typ", "ID")
                .claim("nonce", nonce)
                .claim("preferred_username", "manager-or")
                .claim("name", "Manager Openbare Ruimte")
                .build());
        WIREMOCK.stubFor(post(urlPathEqualTo(TestKeycloak.TOKEN_PATH)).willReturn(okJson("""
                {"access_token":"%s","id_token":"%s","refresh_token":"refresh-1","token_type":"Bearer",
                 "expires_in":300,"scope":"openid profile email"}""".formatted(accessToken, idToken))));
        WIREMOCK.stubFor(get(urlPathEqualTo(TestKeycloak.USERINFO_PATH)).willReturn(okJson("""
                {"sub":"5b1c2d3e-0000-4000-8000-000000000001","preferred_username":"manager-or",
                 "name":"Manager Openbare Ruimte","email":"manager-or@example.org"}""")));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
