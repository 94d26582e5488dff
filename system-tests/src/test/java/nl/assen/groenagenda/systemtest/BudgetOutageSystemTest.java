package nl.assen.groenagenda.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The fault test of issue 6, item 7: fifty approvals are on their way to budget-service when it is
 * stopped; it is started again, and afterwards every approval has completed, none reserved twice and
 * none is lost. The test command tells this test how to stop and start budget-service
 * ({@code BUDGET_SERVICE_CONTROL}: deploy/local/restart-app.sh budget-service-e2e).
 */
class BudgetOutageSystemTest {

    private static final int ITEMS = 50;
    private static final int YEAR = 2027;
    private static final BigDecimal AMOUNT = new BigDecimal("1000.00");
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private static void control(String command, String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command + " " + action).inheritIO().start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(command + " " + action + " finished").isTrue();
        assertThat(process.exitValue()).as(command + " " + action).isZero();
    }

    private static BigDecimal reserved() {
        for (JsonNode year : AsUser.ok(AsUser.call("GET", "financien", "/api/budget/v1/budget-lines/GROEN-ONDERHOUD", null), 200).path("years")) {
            if (year.path("year").asInt() == YEAR) {
                return year.path("reserved").decimalValue();
            }
        }
        throw new AssertionError("GROEN-ONDERHOUD has no " + YEAR);
    }

    @Test
    void fiftyApprovalsSurviveARestartOfBudgetServiceWithoutDoubleOrLostReservations() throws Exception {
        String control = System.getenv("BUDGET_SERVICE_CONTROL");
        Assumptions.assumeTrue(control != null && !control.isBlank(),
                "BUDGET_SERVICE_CONTROL is not set: run this through deploy/local/test.sh");
        String marker = "storing" + UUID.randomUUID().toString().substring(0, 6);
        BigDecimal before = reserved();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            String body = """
                    {"title": "Storingstest %d %s", "visions": ["GROENVISIE"], "theme": "GREEN_NETWORK",
                     "measureType": "REPLACE_TREES_OR_PLANTINGS", "districts": ["Lariks"], "department": "openbare-ruimte",
                     "budgetLineCode": "GROEN-ONDERHOUD",
                     "costs": [{"year": %d, "amount": %s, "recurring": false, "kind": "OPERATING"}]}"""
                    .formatted(i, marker, YEAR, AMOUNT.toPlainString());
            String id = AsUser.ok(AsUser.call("POST", "medewerker", "/api/agenda/v1/agenda-items", body), 201).path("id").asText();
            AsUser.ok(AsUser.call("POST", "medewerker", "/api/agenda/v1/agenda-items/" + id + "/submission", null), 202);
            ids.add(id);
        }
        Map<String, String> tasks = new HashMap<>();
        Awaitility.await("a review task for each of the " + ITEMS + " items").atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    for (JsonNode task : AsUser.ok(AsUser.call("GET", "manager-or", "/api/workflow/v1/tasks?pageSize=500", null), 200).path("items")) {
                        if (ids.contains(task.path("agendaItemId").asText())) {
                            tasks.put(task.path("agendaItemId").asText(), task.path("id").asText());
                        }
                    }
                    return tasks.size() == ITEMS;
                });

        control(control, "stop");
        try {
            for (String id : ids) {
                AsUser.ok(AsUser.call("POST", "manager-or", "/api/workflow/v1/tasks/" + tasks.get(id) + "/completion",
                        "{\"decision\": \"APPROVE\", \"motivation\": \"Storingstest\"}"), 200);
            }
            Awaitility.await("all " + ITEMS + " approved while budget-service is down").atMost(PATIENCE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> ids.stream().allMatch(id -> "APPROVED".equals(status(id))));
        } finally {
            control(control, "start");
        }

        Awaitility.await("all " + ITEMS + " covered after budget-service is back").atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> ids.stream().allMatch(id -> "COVERED".equals(status(id))));
        assertThat(reserved()).as("reserved on GROEN-ONDERHOUD %d: exactly one reservation per item", YEAR)
                .isEqualByComparingTo(before.add(AMOUNT.multiply(BigDecimal.valueOf(ITEMS))));
        for (String id : ids) {
            JsonNode process = AsUser.ok(AsUser.call("GET", "financien", "/api/workflow/v1/agenda-items/" + id + "/process", null), 200);
            assertThat(process.path("state").asText()).as("process of %s", id).isEqualTo("COMPLETED");
        }
    }

    private static String status(String id) {
        return AsUser.ok(AsUser.call("GET", "financien", "/api/agenda/v1/agenda-items/" + id, null), 200).path("status").asText();
    }
}
