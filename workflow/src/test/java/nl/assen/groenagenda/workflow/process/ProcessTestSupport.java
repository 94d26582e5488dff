package nl.assen.groenagenda.workflow.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real processes on the real engine (PostgreSQL, the test profile's database), with budget-service,
 * agenda-service and Keycloak's token endpoint played by one WireMock server. The job executor is off:
 * a test runs each asynchronous step itself, so nothing depends on timing. Every process test shares
 * this one context.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTestSupport {

    protected static final WireMockServer SERVICES = startServices();
    protected static final String SERVICE_TOKEN = "service-account-token";
    /** More intervals than the engine's default of 3 retries: a test can tell the configured cycle applied. */
    protected static final String RETRY_CYCLE = "PT1S,PT1S,PT1S,PT1S,PT1S";

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected RepositoryService repository;

    private static WireMockServer startServices() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("groenagenda.workflow.client.budget-url", SERVICES::baseUrl);
        registry.add("groenagenda.workflow.client.agenda-url", SERVICES::baseUrl);
        registry.add("groenagenda.workflow.client.token-uri", () -> SERVICES.baseUrl() + "/realms/groenagenda/protocol/openid-connect/token");
        registry.add("groenagenda.workflow.client.timeout", () -> "5s");
        registry.add("groenagenda.workflow.retry-cycle", () -> RETRY_CYCLE);
        registry.add("groenagenda.security.token.issuer-uri", () -> SERVICES.baseUrl() + "/realms/groenagenda");
    }

    /**
     * camunda-bpm-junit5 on the Spring-managed engine: a test class's {@code @Deployment} deploys the
     * model before each test and deletes it, with its instances and history, afterwards; the engine's
     * clock is reset too. Not built: that would start an engine of its own from camunda.cfg.xml.
     */
    @RegisterExtension
    protected final ProcessEngineExtension camunda = ProcessEngineExtension.builder();

    @BeforeEach
    void useTheApplicationsEngineAndFreshServices() {
        camunda.useProcessEngine(engine);
        BpmnAwareTests.init(engine);
        SERVICES.resetAll();
        SERVICES.stubFor(post(urlEqualTo("/realms/groenagenda/protocol/openid-connect/token"))
                .willReturn(okJson("""
                        {"access_token": "%s", "token_type": "Bearer", "expires_in": 300,
                         "refresh_expires_in": 0, "not-before-policy": 0, "scope": "profile email"}"""
                        .formatted(SERVICE_TOKEN))));
    }

    @AfterEach
    void forgetTheEngine() {
        BpmnAwareTests.reset();
    }

    protected String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    /**
     * Runs the instance's asynchronous steps (not its timers, which are not due) until it waits for a
     * person, a message or a timer. A failing step is left failed, with its retry counted.
     */
    protected void runJobs(String processInstanceId) {
        for (int round = 0; round < 100; round++) {
            List<Job> due = asyncJobs(processInstanceId);
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("Instance " + processInstanceId + " keeps making jobs");
    }

    protected List<Job> asyncJobs(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).executable().messages().list();
    }

    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String json) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(json);
    }
}
