package nl.assen.groenagenda.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The council proposal's scenario (issue 6, item 6), with nothing mocked: PostgreSQL, Keycloak and all
 * five applications, driven through the gateway as the dev users.
 * (a) a lawn in Kloosterveen becomes a play meadow with a wadi, covered by an existing (adopted) line:
 * manager-or approves, the money is reserved; (b) Meedoen in het Groen 2025 and after is approved, not
 * covered (its amount is still to be weighed), gets finance advice, becomes a claim in Kaderbrief 2025,
 * the council honours it: the line holds EUR 125,000 adopted for 2025 onwards and the reservation is
 * made; (c) a third item's claim is refused and the item returns to its drafter. The council export
 * then shows all three. Kaderbrief 2025 must still be open: the test command starts from fresh databases.
 */
class ProposalScenarioSystemTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static String item(String title, String theme, String line, String costs) {
        String body = """
                {"title": "%s", "description": "Scenario uit het raadsvoorstel Groenvisie Assen 2040.",
                 "visions": ["GROENVISIE", "KLIMAATADAPTATIE"], "theme": "%s", "measureType": "LAWN_TO_PLAY_MEADOW_WITH_WADI",
                 "districts": ["Kloosterveen"], "department": "openbare-ruimte", "budgetLineCode": "%s", "costs": [%s]}"""
                .formatted(title, theme, line, costs);
        return AsUser.ok(AsUser.call("POST", "medewerker", "/api/agenda/v1/agenda-items", body), 201).path("id").asText();
    }

    private static void submit(String id) {
        AsUser.ok(AsUser.call("POST", "medewerker", "/api/agenda/v1/agenda-items/" + id + "/submission", null), 202);
    }

    /** The open task of that name for the item (or process business key), once the process has got there. */
    private static String task(String user, String businessKey, String name) {
        AtomicReference<String> found = new AtomicReference<>();
        Awaitility.await(user + " gets task '" + name + "' for " + businessKey).atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    JsonNode tasks = AsUser.ok(AsUser.call("GET", user, "/api/workflow/v1/tasks?pageSize=500", null), 200).path("items");
                    for (JsonNode task : tasks) {
                        if (businessKey.equals(task.path("agendaItemId").asText()) && name.equals(task.path("name").asText())) {
                            found.set(task.path("id").asText());
                            return true;
                        }
                    }
                    return false;
                });
        return found.get();
    }

    private static void complete(String user, String taskId, String decision, String motivation) {
        AsUser.ok(AsUser.call("POST", user, "/api/workflow/v1/tasks/" + taskId + "/completion",
                "{\"decision\": \"" + decision + "\", \"motivation\": \"" + motivation + "\"}"), 200);
    }

    private static JsonNode awaitStatus(String id, String status) {
        AtomicReference<JsonNode> item = new AtomicReference<>();
        Awaitility.await("item " + id + " becomes " + status).atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    item.set(AsUser.ok(AsUser.call("GET", "financien", "/api/agenda/v1/agenda-items/" + id, null), 200));
                    return status.equals(item.get().path("status").asText());
                });
        return item.get();
    }

    private static BigDecimal reserved(String line, int year) {
        return lineYear(line, year).path("reserved").decimalValue();
    }

    private static JsonNode lineYear(String line, int year) {
        for (JsonNode found : AsUser.ok(AsUser.call("GET", "financien", "/api/budget/v1/budget-lines/" + line, null), 200).path("years")) {
            if (found.path("year").asInt() == year) {
                return found;
            }
        }
        throw new AssertionError("no year " + year + " on " + line);
    }

    @Test
    void theProposalsScenarioFromSubmissionToTheCouncilsExport() {
        String marker = "scenario" + UUID.randomUUID().toString().substring(0, 6);

        // (a) Covered by an existing, adopted line: approved and reserved.
        BigDecimal maintenanceReservedBefore = reserved("GROEN-ONDERHOUD", 2025);
        String meadow = item("Wijkgazon Kloosterveen wordt groene speelweide met wadi " + marker, "FLOODING", "GROEN-ONDERHOUD",
                "{\"year\": 2025, \"amount\": 60000, \"recurring\": false, \"kind\": \"OPERATING\"}");
        submit(meadow);
        complete("manager-or", task("manager-or", meadow, "Agendapunt beoordelen"), "APPROVE", "Past in het onderhoudsbudget.");
        JsonNode covered = awaitStatus(meadow, "COVERED");
        assertThat(covered.path("coverage").asText()).isEqualTo("EXISTING_BUDGET");
        assertThat(reserved("GROEN-ONDERHOUD", 2025)).isEqualByComparingTo(maintenanceReservedBefore.add(new BigDecimal("60000")));

        // (b) and (c): approved, not covered, finance advice, claims in the open Kaderbrief 2025.
        StringBuilder meedoenCosts = new StringBuilder();
        for (int year = 2025; year <= 2044; year++) {
            meedoenCosts.append(year == 2025 ? "" : ", ")
                    .append("{\"year\": ").append(year).append(", \"amount\": 125000, \"recurring\": true, \"kind\": \"OPERATING\"}");
        }
        String meedoen = item("Meedoen in het Groen 2025 en verder " + marker, "HEALTHY_LIVING_AREAS", "GROEN-MEEDOEN",
                meedoenCosts.toString());
        String orchard = item("Fruitbomenroute Peelo en Pittelo " + marker, "GREEN_NETWORK", "GROEN-VERVANGING",
                "{\"year\": 2025, \"amount\": 30000, \"recurring\": false, \"kind\": \"INVESTMENT\"}");
        for (String id : new String[] {meedoen, orchard}) {
            submit(id);
            complete("manager-or", task("manager-or", id, "Agendapunt beoordelen"), "APPROVE", "Akkoord.");
            complete("financien", task("financien", id, "Financieel advies geven"), "CLAIM",
                    "Niet gedekt: claim in de Kaderbrief 2025.");
        }
        String meedoenClaim = awaitStatus(meedoen, "CLAIMED").path("claimId").asText();
        String orchardClaim = awaitStatus(orchard, "CLAIMED").path("claimId").asText();
        assertThat(lineYear("GROEN-MEEDOEN", 2025).path("status").asText()).isEqualTo("TO_BE_WEIGHED");

        // The Kaderbrief cycle: its claim deadline has passed, so intake closes at once.
        AsUser.ok(AsUser.call("POST", "financien", "/api/workflow/v1/kaderbrief-cycles/2025/process", "{}"), 201);
        complete("financien", task("financien", "kaderbrief-2025", "Claims bundelen voor het college"), "DONE", "Gebundeld.");
        complete("financien", task("financien", "kaderbrief-2025", "Voorstel college vastleggen"), "DONE",
                "Collegevoorstel Kaderbrief 2025");
        task("financien", "kaderbrief-2025", "Raadsbesluit per claim vastleggen");

        AsUser.ok(AsUser.call("POST", "financien", "/api/workflow/v1/kaderbrief-cycles/2025/decisions",
                "{\"claimId\": \"" + meedoenClaim + "\", \"outcome\": \"HONOURED\", \"reference\": \"Raadsbesluit Kaderbrief 2025\"}"), 200);
        AsUser.ok(AsUser.call("POST", "financien", "/api/workflow/v1/kaderbrief-cycles/2025/decisions",
                "{\"claimId\": \"" + orchardClaim + "\", \"outcome\": \"REFUSED\", \"followUp\": \"RETURN\", "
                        + "\"reference\": \"Raadsbesluit Kaderbrief 2025\"}"), 200);

        JsonNode adopted = awaitStatus(meedoen, "ADOPTED");
        assertThat(adopted.path("coverage").asText()).isEqualTo("ADOPTED");
        for (int year : new int[] {2025, 2030, 2044}) {
            JsonNode lineYear = lineYear("GROEN-MEEDOEN", year);
            assertThat(lineYear.path("status").asText()).as("GROEN-MEEDOEN %d", year).isEqualTo("ADOPTED");
            assertThat(lineYear.path("expenses").path("structural").decimalValue()).as("GROEN-MEEDOEN %d", year)
                    .isEqualByComparingTo("125000");
        }
        assertThat(reserved("GROEN-MEEDOEN", 2025)).isEqualByComparingTo("125000");
        JsonNode returned = awaitStatus(orchard, "RETURNED");
        assertThat(returned.path("drafter").asText()).isEqualTo("medewerker");

        complete("financien", task("financien", "kaderbrief-2025", "Raadsbesluit per claim vastleggen"), "DONE",
                "Alle besluiten vastgelegd.");

        // The council's export shows all three with their status and amounts.
        JsonNode report = AsUser.ok(AsUser.call("GET", "griffie", "/api/agenda/v1/reports/agenda?q=" + marker, null), 200);
        assertThat(report.path("rows")).hasSize(3);
        for (JsonNode row : report.path("rows")) {
            String title = row.path("title").asText();
            if (title.startsWith("Wijkgazon")) {
                assertThat(row.path("status").asText()).isEqualTo("Gedekt uit bestaand budget");
                assertThat(row.path("coverage").asText()).isEqualTo("Bestaand budget");
                assertThat(row.path("amounts").path("2025").decimalValue()).isEqualByComparingTo("60000");
            } else if (title.startsWith("Meedoen")) {
                assertThat(row.path("status").asText()).isEqualTo("Vastgesteld");
                assertThat(row.path("coverage").asText()).isEqualTo("Vastgesteld in Kaderbrief 2025");
                assertThat(row.path("total").decimalValue()).isEqualByComparingTo("2500000");
            } else {
                assertThat(row.path("status").asText()).isEqualTo("Teruggestuurd");
                assertThat(row.path("amounts").path("2025").decimalValue()).isEqualByComparingTo("30000");
            }
        }
        assertThat(report.path("grandTotal").decimalValue()).isEqualByComparingTo("2590000");
    }
}
