package nl.assen.groenagenda.budget.line;

import static nl.assen.groenagenda.budget.support.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The council proposal's lines, loaded by migration, as the API shows them. */
@SpringBootTest
@AutoConfigureWebTestClient
class ProposalBudgetLinesTest {

    private static final String LINES = "/api/budget/v1/budget-lines";

    @Autowired
    WebTestClient client;

    private WebTestClient.BodyContentSpec line(String code) {
        return client.mutateWith(user("raad")).get().uri(LINES + "/" + code)
                .exchange()
                .expectStatus().isOk()
                .expectBody();
    }

    @Test
    void theReplacementBudgetInvests280000AYear2025To2044AsAnAnnuityOver20YearsAt2PercentFromTheYearAfter() {
        line("GROEN-VERVANGING")
                .jsonPath("$.kind").isEqualTo("INVESTMENT")
                .jsonPath("$.taakveld").isEqualTo("5.7")
                .jsonPath("$.capitalChargeParameters.method").isEqualTo("ANNUITY")
                .jsonPath("$.capitalChargeParameters.termYears").isEqualTo(20)
                .jsonPath("$.capitalChargeParameters.interestRate").isEqualTo(0.02)
                .jsonPath("$.capitalChargeParameters.firstDepreciation").isEqualTo("YEAR_AFTER")
                .jsonPath("$.years.length()").isEqualTo(20)
                .jsonPath("$.years[0].year").isEqualTo(2025)
                .jsonPath("$.years[19].year").isEqualTo(2044)
                .jsonPath("$.years[?(@.expenses.total != 280000.0)]").isEmpty()
                .jsonPath("$.years[?(@.status != 'TO_BE_WEIGHED' || @.kaderbriefYear != 2025)]").isEmpty()
                // The line's own capital charges: the 20th year of charges (2045) carries all 20 tranches.
                .jsonPath("$.capitalChargeSchedule[?(@.year == 2026)].capitalCharges").isEqualTo(17123.88)
                .jsonPath("$.capitalChargeSchedule[?(@.year == 2045)].capitalCharges").isEqualTo(342477.62);
    }

    @Test
    void meedoenInHetGroenIsOneOffAndAdoptedIn2024AndStructuralToBeWeighedInKaderbrief2025Onwards() {
        line("GROEN-MEEDOEN")
                .jsonPath("$.kind").isEqualTo("OPERATING")
                .jsonPath("$.capitalChargeParameters").isEmpty()
                .jsonPath("$.years.length()").isEqualTo(21)
                .jsonPath("$.years[0].year").isEqualTo(2024)
                .jsonPath("$.years[0].expenses.oneOff").isEqualTo(125000.0)
                .jsonPath("$.years[0].expenses.structural").isEqualTo(0.0)
                .jsonPath("$.years[0].status").isEqualTo("ADOPTED")
                .jsonPath("$.years[0].kaderbriefYear").isEmpty()
                .jsonPath("$.years[1].expenses.structural").isEqualTo(125000.0)
                .jsonPath("$.years[1].expenses.oneOff").isEqualTo(0.0)
                .jsonPath("$.years[1].status").isEqualTo("TO_BE_WEIGHED")
                .jsonPath("$.years[1].kaderbriefYear").isEqualTo(2025)
                .jsonPath("$.years[?(@.year > 2024 && (@.status != 'TO_BE_WEIGHED' || @.expenses.structural != 125000.0))]")
                .isEmpty();
    }

    @Test
    void streekbeheerSpends90000AndReceives45000FromProvincieDrentheWithoutNetting() {
        line("GROEN-STREEKBEHEER")
                .jsonPath("$.years.length()").isEqualTo(21)
                .jsonPath("$.years[?(@.expenses.total != 90000.0)]").isEmpty()
                .jsonPath("$.years[?(@.income.structural != 45000.0)]").isEmpty()
                .jsonPath("$.years[0].incomeSources[0].party").isEqualTo("Provincie Drenthe")
                .jsonPath("$.years[0].incomeSources[0].structural").isEqualTo(45000.0)
                .jsonPath("$.years[0].available").isEqualTo(90000.0)
                .jsonPath("$.years[0].status").isEqualTo("ADOPTED");
    }

    @Test
    void steenbreekHas10000AYearWith8HoursAWeekAndTheOneOff50000In2024UnderTaakveld74() {
        line("GROEN-STEENBREEK")
                .jsonPath("$.taakveld").isEqualTo("7.4")
                .jsonPath("$.taakveldName").isEqualTo("Milieubeheer")
                .jsonPath("$.years.length()").isEqualTo(21)
                .jsonPath("$.years[0].year").isEqualTo(2024)
                .jsonPath("$.years[0].expenses.structural").isEqualTo(10000.0)
                .jsonPath("$.years[0].expenses.oneOff").isEqualTo(50000.0)
                .jsonPath("$.years[0].expenses.total").isEqualTo(60000.0)
                .jsonPath("$.years[1].expenses.total").isEqualTo(10000.0)
                .jsonPath("$.years[?(@.staffHoursPerWeek != 8.0)]").isEmpty()
                .jsonPath("$.years[?(@.status != 'ADOPTED')]").isEmpty();
    }

    @Test
    void theRegularMaintenanceBudgetSaysItsAmountIsAnExample() {
        line("GROEN-ONDERHOUD")
                .jsonPath("$.description").value(description -> assertThat((String) description).startsWith("VOORBEELDBEDRAG"))
                .jsonPath("$.years.length()").isEqualTo(21)
                .jsonPath("$.years[?(@.status != 'ADOPTED')]").isEmpty();
    }

    @Test
    void theListIsPagedAndOrderedByCodeForEveryReaderIncludingTheCouncil() {
        List<String> codes = new ArrayList<>();
        String next = LINES + "?page=1&pageSize=2";
        int pages = 0;
        while (next != null && pages++ < 100) {
            var response = client.mutateWith(user("raad")).get().uri(next)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                    .returnResult();
            @SuppressWarnings("unchecked")
            var items = (List<Map<String, Object>>) response.getResponseBody().get("items");
            items.forEach(item -> codes.add((String) item.get("code")));
            String link = response.getResponseHeaders().getFirst(HttpHeaders.LINK);
            next = nextLink(link);
        }
        assertThat(codes).isSorted().doesNotHaveDuplicates()
                .contains("GROEN-MEEDOEN", "GROEN-ONDERHOUD", "GROEN-STEENBREEK", "GROEN-STREEKBEHEER", "GROEN-VERVANGING");
        assertThat(codes.subList(0, 5)).containsExactly(
                "GROEN-MEEDOEN", "GROEN-ONDERHOUD", "GROEN-STEENBREEK", "GROEN-STREEKBEHEER", "GROEN-VERVANGING");
    }

    @Test
    void theHistoryOfALineNamesWhoLoadedItWhenAndWhy() {
        client.mutateWith(user("raad")).get().uri(LINES + "/GROEN-STEENBREEK/history?pageSize=500")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].entityType").isEqualTo("budget_line")
                .jsonPath("$.items[0].entityId").isEqualTo("GROEN-STEENBREEK")
                .jsonPath("$.items[0].action").isEqualTo("INSERT")
                .jsonPath("$.items[0].actor").isEqualTo("flyway V4")
                .jsonPath("$.items[0].reason").value(reason -> assertThat((String) reason).contains("Groenvisie"))
                .jsonPath("$.items[0].at").value(at -> assertThat((String) at).endsWith("Z"))
                .jsonPath("$.items[0].before").isEmpty()
                .jsonPath("$.items[0].after.taakveld_code").isEqualTo("7.4")
                .jsonPath("$.items[?(@.entityId == 'GROEN-STEENBREEK/2024')].after.expenses_one_off").isEqualTo(50000.0)
                .jsonPath("$.totalItems").isEqualTo(22);
        client.mutateWith(user("raad")).get().uri(LINES + "/GEEN-REGEL/history").exchange().expectStatus().isNotFound();
    }

    @Test
    void anUnknownLineIsNotFoundProblemJson() {
        client.mutateWith(user("medewerker")).get().uri(LINES + "/GEEN-REGEL")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    private static String nextLink(String link) {
        for (String part : link.split(", ")) {
            if (part.endsWith("rel=\"next\"")) {
                return part.substring(1, part.indexOf('>'));
            }
        }
        return null;
    }
}
