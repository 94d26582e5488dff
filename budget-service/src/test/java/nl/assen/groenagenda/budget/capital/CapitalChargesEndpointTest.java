package nl.assen.groenagenda.budget.capital;

import static nl.assen.groenagenda.budget.support.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest
@AutoConfigureWebTestClient
class CapitalChargesEndpointTest {

    private static final String CAPITAL_CHARGES = "/api/budget/v1/capital-charges";

    @Autowired
    WebTestClient client;

    private WebTestClient.ResponseSpec calculate(String body) {
        return client.mutateWith(user("medewerker")).post().uri(CAPITAL_CHARGES)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    @Test
    void twentyTranchesOfTheReplacementBudgetAnswerTheScheduleWith342478InTheTwentiethYearOfCharges() {
        calculate("""
                {"amount": 280000, "firstYear": 2025, "method": "ANNUITY", "termYears": 20, "interestRate": 0.02,
                 "tranches": 20}""")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.years.length()").isEqualTo(40)
                .jsonPath("$.years[0].year").isEqualTo(2025)
                .jsonPath("$.years[0].capitalCharges").isEqualTo(0.0)
                .jsonPath("$.years[0].bookValue").isEqualTo(280000.0)
                .jsonPath("$.years[1].capitalCharges").isEqualTo(17123.88)
                .jsonPath("$.years[1].interest").isEqualTo(5600.0)
                .jsonPath("$.years[20].year").isEqualTo(2045)
                .jsonPath("$.years[20].capitalCharges").isEqualTo(342477.62)
                .jsonPath("$.years[39].bookValue").isEqualTo(0.0);
    }

    @Test
    void linearWithSameYearDepreciationAndAContributionUsesEveryParameter() {
        calculate("""
                {"amount": 280000, "firstYear": 2025, "method": "LINEAR", "termYears": 20, "interestRate": 0.02,
                 "tranches": 1, "firstDepreciation": "SAME_YEAR", "contribution": 80000}""")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.years.length()").isEqualTo(20)
                .jsonPath("$.years[0].year").isEqualTo(2025)
                .jsonPath("$.years[0].depreciation").isEqualTo(10000.0)
                .jsonPath("$.years[0].interest").isEqualTo(4000.0)
                .jsonPath("$.years[0].capitalCharges").isEqualTo(14000.0)
                .jsonPath("$.years[0].bookValue").isEqualTo(190000.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidInputListsEveryInvalidFieldAtOnce() {
        calculate("""
                {"amount": 1000.005, "firstYear": 1999, "method": "BALLOON", "termYears": 0, "interestRate": 0.25,
                 "tranches": 101, "firstDepreciation": "LATER", "contribution": -1}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names).containsExactly(
                        "amount", "firstYear", "method", "termYears", "interestRate", "tranches", "firstDepreciation",
                        "contribution"));
        calculate("""
                {"amount": "veel", "firstYear": 2101, "termYears": 101, "interestRate": -0.01, "tranches": 0}""")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names).containsExactly(
                        "amount", "firstYear", "method", "termYears", "interestRate", "tranches"));
        calculate("""
                {"amount": 0, "firstYear": 2025, "method": "ANNUITY", "termYears": 20, "interestRate": 0.02,
                 "contribution": 1}""")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactly("amount"));
        calculate("[1, 2]").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        calculate("""
                {"amount": 0.01, "firstYear": 2000, "method": "LINEAR", "termYears": 100, "interestRate": 0.2,
                 "tranches": 100}""")
                .expectStatus().isOk();
        calculate("""
                {"amount": 999999999999.99, "firstYear": 2100, "method": "ANNUITY", "termYears": 1, "interestRate": 0}""")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.years[1].capitalCharges").isEqualTo(999999999999.99);
    }
}
