package nl.assen.groenagenda.workflow.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.assen.groenagenda.workflow.process.ProcessTestSupport;
import nl.assen.groenagenda.workflow.process.ServiceStubs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The clients the task API uses directly: whose token goes out, and what a refusal becomes. */
class ServiceClientsTest extends ProcessTestSupport {

    private static final String DECISIONS = "/api/budget/v1/kaderbrief-cycles/2026/decisions";
    private static final String DECISION = """
            {"claimId": "5d0c8a43-6a4e-4f7e-8f0a-0d6f6b7c2a10", "outcome": "REFUSED", "reference": "RB-2026-07",
             "followUp": "DEFER"}""";

    @Autowired
    BudgetClient budget;
    @Autowired
    AgendaClient agenda;

    @Test
    void aCouncilDecisionIsRecordedWithTheFinanceOfficersOwnToken() {
        SERVICES.stubFor(post(urlEqualTo(DECISIONS)).willReturn(okJson("""
                {"claim": {"id": "5d0c8a43-6a4e-4f7e-8f0a-0d6f6b7c2a10", "status": "REFUSED"}, "amendments": []}""")));

        var result = budget.recordDecision(2026, DECISION, "finance-officers-token");

        assertThat(result.path("claim").path("status").asText()).isEqualTo("REFUSED");
        SERVICES.verify(1, postRequestedFor(urlEqualTo(DECISIONS))
                .withHeader("Authorization", equalTo("Bearer finance-officers-token"))
                .withRequestBody(equalToJson(DECISION)));
        SERVICES.verify(0, postRequestedFor(urlEqualTo("/realms/groenagenda/protocol/openid-connect/token")));
    }

    @Test
    void aRefusedDecisionIsRelayedAsItsProblem() {
        String problem = """
                {"type": "urn:nl:assen:groenagenda:problem:claim-decided", "title": "Claim al besloten", "status": 409}""";
        SERVICES.stubFor(post(urlEqualTo(DECISIONS)).willReturn(problem(409, problem)));

        assertThatThrownBy(() -> budget.recordDecision(2026, DECISION, "finance-officers-token"))
                .isInstanceOfSatisfying(ServiceProblemException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(409);
                    assertThat(refused.problemJson()).isEqualTo(problem);
                });
    }

    @Test
    void anUnknownCycleOrItemIsNullAndAnUnavailableServiceATechnicalFailure() {
        SERVICES.stubFor(get(urlEqualTo("/api/budget/v1/kaderbrief-cycles/2099")).willReturn(notFound()));
        SERVICES.stubFor(get(urlEqualTo("/api/agenda/v1/agenda-items/gone")).willReturn(notFound()));
        SERVICES.stubFor(get(urlEqualTo("/api/agenda/v1/agenda-items/busy")).willReturn(serviceUnavailable()));

        assertThat(budget.cycle(2099)).isNull();
        assertThat(agenda.item("gone")).isNull();
        assertThatThrownBy(() -> agenda.item("busy")).isInstanceOf(ServiceCallException.class);
    }

    @Test
    void anItemIsReadWithTheServiceAccountInTheShapeAgendaServiceServes() {
        new ServiceStubs(SERVICES).agendaItem("item-1");

        AgendaItemView item = agenda.item("item-1");

        assertThat(item.department()).isEqualTo("openbare-ruimte");
        assertThat(item.status()).isEqualTo("SUBMITTED");
        assertThat(item.version()).isEqualTo(3);
        assertThat(item.costs()).hasSize(3).first().satisfies(cost -> {
            assertThat(cost.year()).isEqualTo(2026);
            assertThat(cost.amount()).isEqualByComparingTo("10000.00");
            assertThat(cost.kind()).isEqualTo("OPERATING");
        });
        SERVICES.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/api/agenda/v1/agenda-items/item-1")).withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN)));
    }
}
