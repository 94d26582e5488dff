package nl.assen.groenagenda.agenda.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The agenda service against its test database, with WireMock standing in for the HTTP APIs it calls:
 * budget-service (does a budget line exist?), the workflow service (start an approval) and Keycloak's
 * token endpoint (this service's client-credentials token). One server for the whole test run, so that
 * every test class shares one application context.
 */
@SpringBootTest(properties = {
        "groenagenda.submission.dispatch-interval=200ms",
        "groenagenda.submission.first-retry=200ms",
        "groenagenda.submission.max-retry=1s",
        "groenagenda.agenda.examples=true",
        "groenagenda.submission.dispatch-enabled=true"})
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class AgendaTest {

    /** Budget lines budget-service knows, as its V4 migration loads them. */
    public static final String[] KNOWN_LINES = {"GROEN-ONDERHOUD", "GROEN-VERVANGING", "GROEN-MEEDOEN",
            "GROEN-STREEKBEHEER", "GROEN-STEENBREEK"};

    protected static final WireMockServer services = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        services.start();
        Runtime.getRuntime().addShutdownHook(new Thread(services::stop));
    }

    @Autowired
    protected WebTestClient client;

    @DynamicPropertySource
    static void servicesOnWireMock(DynamicPropertyRegistry registry) {
        registry.add("groenagenda.budget-service.url", services::baseUrl);
        registry.add("groenagenda.submission.workflow-url", services::baseUrl);
        registry.add("groenagenda.service-account.token-uri", () -> services.baseUrl() + "/token");
    }

    /** Budget-service knows the proposal's lines and no others; the workflow service starts what it gets. */
    @BeforeEach
    void standardStubs() {
        services.resetAll();
        stubBudgetLines();
        services.stubFor(post(urlPathEqualTo("/token")).willReturn(okJson("""
                {"access_token": "service-account-token", "token_type": "Bearer", "expires_in": 300}""")));
        stubWorkflowUp();
    }

    protected static void stubBudgetLines() {
        services.stubFor(get(urlPathMatching("/api/budget/v1/budget-lines/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Niet gevonden\"}")));
        for (String line : KNOWN_LINES) {
            services.stubFor(get(urlPathEqualTo("/api/budget/v1/budget-lines/" + line)).atPriority(1)
                    .willReturn(okJson("{\"code\":\"" + line + "\"}")));
        }
    }

    protected static void stubWorkflowUp() {
        services.stubFor(post(urlPathEqualTo("/api/workflow/v1/approvals"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"processInstanceId\": \"process-{{randomValue length=8 type='NUMERIC'}}\"}")
                        .withTransformers("response-template")));
    }
}
