package nl.assen.groenagenda.gateway;

import static nl.assen.groenagenda.gateway.TestKeycloak.WIREMOCK;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real gateway on a random port, configured only through the environment variables of
 * docs/configuration.md: Keycloak and three services are the WireMock server, the workflow service
 * is a closed port (to see how an unreachable service is answered).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Boot switches metrics export off in tests; the Prometheus endpoint is part of what is tested.
@AutoConfigureObservability(tracing = false)
abstract class GatewayTestBase {

    static final String CLOSED_PORT_URL = "http://localhost:" + closedPort();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_URL", WIREMOCK::baseUrl);
        registry.add("ASSET_SERVICE_URL", WIREMOCK::baseUrl);
        registry.add("BUDGET_SERVICE_URL", WIREMOCK::baseUrl);
        registry.add("AGENDA_SERVICE_URL", WIREMOCK::baseUrl);
        registry.add("WORKFLOW_SERVICE_URL", () -> CLOSED_PORT_URL);
        registry.add("MANAGEMENT_PORT", () -> "0");
    }

    /** A port nothing listens on: bound once to get a free number, then closed again. */
    private static int closedPort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void resetStubs() {
        WIREMOCK.resetAll();
        TestKeycloak.stubJwks();
    }
}
