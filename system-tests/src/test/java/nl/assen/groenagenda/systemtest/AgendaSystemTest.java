package nl.assen.groenagenda.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agenda through the gateway with real tokens: drafting checks the budget line in the running
 * budget-service with the drafter's own token, departments see only their own items, submitting is
 * accepted and recorded, the agenda as proposed is there, and the council downloads its export.
 */
class AgendaSystemTest {

    private static final Suite SUITE = Suite.current();
    private static final Keycloak KEYCLOAK = Keycloak.instance();

    private static URI url(String path) {
        return SUITE.gateway().resolve("/api/agenda/v1" + path);
    }

    private static Response send(String method, String user, String path, String body, String... headers) {
        return AsUser.call(method, user, "/api/agenda/v1" + path, body, headers);
    }

    private static String item(String title, String budgetLine) {
        return """
                {"title": "%s", "description": "Eind-tot-eindtest van de uitvoeringsagenda.",
                 "visions": ["GROENVISIE", "KLIMAATADAPTATIE"], "theme": "FLOODING",
                 "measureType": "LAWN_TO_PLAY_MEADOW_WITH_WADI", "districts": ["Kloosterveen"],
                 "location": {"type": "Point", "coordinates": [6.5193, 53.0018]},
                 "department": "openbare-ruimte", "plannedStart": "2025-03-01", "plannedEnd": "2025-11-30",
                 "budgetLineCode": "%s",
                 "costs": [{"year": 2025, "amount": 60000, "recurring": false, "kind": "INVESTMENT"}]}"""
                .formatted(title, budgetLine);
    }

    @Test
    void staffDraftWithABudgetLineBudgetServiceKnowsAndNotWithOneItDoesNot() {
        String marker = "e2e" + UUID.randomUUID().toString().substring(0, 8) + "zz";
        Response created = send("POST", "medewerker", "/agenda-items", item("Speelweide " + marker, "GROEN-VERVANGING"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();

        Response unknown = send("POST", "medewerker", "/agenda-items", item("Onbekende regel " + marker, "GROEN-BESTAAT-NIET"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().path("invalidParams").toString()).contains("budgetLineCode");

        // Own department's manager reads it; the other department does not even learn it exists.
        assertThat(send("GET", "manager-or", "/agenda-items/" + id, null).status()).isEqualTo(200);
        assertThat(send("GET", "manager-ro", "/agenda-items/" + id, null).status()).isEqualTo(404);
        assertThat(send("GET", "griffie", "/agenda-items/" + id, null).status()).isEqualTo(403);
        assertThat(send("GET", "financien", "/agenda-items?q=" + marker, null).json().path("totalItems").asInt()).isEqualTo(1);

        // Submitting is accepted and recorded; the approval process is the workflow's (issue 6).
        Response submitted = send("POST", "medewerker", "/agenda-items/" + id + "/submission", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        Response after = send("GET", "medewerker", "/agenda-items/" + id, null);
        assertThat(after.json().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(after.json().path("history").size()).isEqualTo(2);
        assertThat(send("GET", "medewerker", "/agenda-items/" + id + "/submissions", null).json().size()).isEqualTo(1);
        // No longer a draft.
        Response late = send("PUT", "medewerker", "/agenda-items/" + id, item("Te laat " + marker, "GROEN-VERVANGING")
                .replaceFirst("\\{", "{\"reason\": \"te laat\", "), "If-Match", after.header("ETag").orElse("\"2\""));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
    }

    @Test
    void theAgendaAsProposedIsThereAsExamples() {
        Response found = send("GET", "financien", "/agenda-items?q=Kloosterveen%20speelweide&pageSize=50", null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("items").findValuesAsText("title"))
                .contains("Wijkgazon Kloosterveen wordt groene speelweide met wadi");
    }

    @Test
    void theCouncilDownloadsTheExportInEveryFormat() {
        Response json = send("GET", "griffie", "/reports/agenda", null);
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.json().path("grandTotal").decimalValue()).isPositive();
        assertThat(json.json().path("containsExamples").asBoolean()).isTrue();
        for (String format : new String[] {"ods", "xlsx", "csv", "pdf"}) {
            Response file = Http.send("GET", url("/reports/agenda?format=" + format), null,
                    "Authorization", "Bearer " + KEYCLOAK.accessToken("griffie"));
            assertThat(file.status()).as(format).isEqualTo(200);
            assertThat(file.header("Content-Disposition").orElse("")).as(format).startsWith("attachment").contains("." + format);
        }
        Response ods = Http.send("GET", url("/reports/agenda?format=ods"), null,
                "Authorization", "Bearer " + KEYCLOAK.accessToken("griffie"));
        assertThat(ods.body().getBytes(StandardCharsets.ISO_8859_1).length).isPositive();
        assertThat(ods.contentType()).startsWith("application/vnd.oasis.opendocument.spreadsheet");
    }
}
