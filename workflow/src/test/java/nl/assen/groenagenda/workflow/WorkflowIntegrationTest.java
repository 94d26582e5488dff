package nl.assen.groenagenda.workflow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one application context most tests share: the whole service on a random port, on the test
 * database, with a stand-in Keycloak for tests that send real signed tokens. Subclasses add no
 * configuration of their own, so Spring starts the context (and the engine) once per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
// Boot's tests leave metrics export off; the Prometheus endpoint is part of what is tested.
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
public abstract class WorkflowIntegrationTest {

    protected static final TestKeycloak KEYCLOAK = TestKeycloak.start();

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("groenagenda.security.token.issuer-uri", KEYCLOAK::issuer);
    }

    @Autowired
    protected MockMvc mvc;

    @LocalServerPort
    protected int port;

    /** A caller as the gateway relays them, with Keycloak's claims, for MockMvc. */
    protected static JwtRequestPostProcessor caller(String username, String afdeling, String... roles) {
        return jwt()
                .jwt(token -> {
                    token.subject(UUID.randomUUID().toString())
                            .audience(List.of("workflow"))
                            .claim("preferred_username", username)
                            .claim("realm_access", Map.of("roles", List.of(roles)));
                    if (afdeling != null) {
                        token.claim(RealmRoleConverter.DEPARTMENT_CLAIM, afdeling);
                    }
                })
                .authorities(RealmRoleConverter::authorities);
    }

    protected static JwtRequestPostProcessor withRoles(String... roles) {
        return caller("someone", null, roles);
    }
}
