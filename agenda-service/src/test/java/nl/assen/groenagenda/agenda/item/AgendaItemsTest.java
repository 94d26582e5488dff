package nl.assen.groenagenda.agenda.item;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.agenda.support.AgendaTest;
import nl.assen.groenagenda.agenda.support.Callers;
import nl.assen.groenagenda.agenda.support.JsonBodies;
import nl.assen.groenagenda.agenda.support.Items;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaItemsTest extends AgendaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Autowired
    DatabaseClient db;

    private JsonNode create(ObjectNode body) {
        byte[] answer = client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body.toString())
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/agenda/v1/agenda-items/"))
                .expectBody().returnResult().getResponseBody();
        return JsonBodies.read(answer);
    }

    @Test
    void aDraftIsCreatedWithEverythingItSaysAndReadBackWithItsHistory() {
        String title = Items.unique("Speelweide met wadi");
        JsonNode created = create(Items.playMeadow(title));
        assertThat(created.path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.path("drafter").asText()).isEqualTo("medewerker");
        assertThat(created.path("example").asBoolean()).isFalse();
        String id = created.path("id").asText();

        JsonNode item = JsonBodies.read(client.mutateWith(Callers.managerOr()).get().uri("/api/agenda/v1/agenda-items/" + id)
                .exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().returnResult().getResponseBody());
        assertThat(item.path("title").asText()).isEqualTo(title);
        assertThat(item.path("visions").toString()).isEqualTo("[\"GROENVISIE\",\"KLIMAATADAPTATIE\"]");
        assertThat(item.path("districts").toString()).isEqualTo("[\"Kloosterveen\"]");
        assertThat(item.path("location").path("type").asText()).isEqualTo("Point");
        assertThat(item.path("costs")).hasSize(2);
        assertThat(item.path("costs").get(0).path("amount").decimalValue()).isEqualByComparingTo("60000.00");
        assertThat(item.path("costs").get(1).path("amount").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(item.path("workWithWork").get(0).path("programme").asText()).isEqualTo("NEIGHBOURHOOD_RENEWAL");
        assertThat(item.path("partners").get(0).asText()).isEqualTo("Bewoners van de wijk");
        assertThat(item.path("plannedStart").asText()).isEqualTo("2025-03-01");
        assertThat(item.path("trafficLight").asText()).isEqualTo("GREEN");
        assertThat(item.path("history")).hasSize(1);
        assertThat(item.path("history").get(0).path("action").asText()).isEqualTo("CREATED");
        assertThat(item.path("history").get(0).path("actor").asText()).isEqualTo("medewerker");
    }

    @Test
    void anEditNeedsTheVersionAndAReasonAndRecordsWhatChanged() {
        JsonNode created = create(Items.playMeadow(Items.unique("Te bewerken")));
        String id = created.path("id").asText();
        ObjectNode edit = Items.playMeadow("Nieuwe titel");
        ((com.fasterxml.jackson.databind.node.ArrayNode) edit.withArray("districts")).add("Lariks");

        client.mutateWith(Callers.medewerker()).put().uri("/api/agenda/v1/agenda-items/" + id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(edit.put("reason", "Ook Lariks").toString())
                .exchange().expectStatus().isEqualTo(428)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.mutateWith(Callers.medewerker()).put().uri("/api/agenda/v1/agenda-items/" + id)
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Items.playMeadow("Zonder reden").toString())
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("reason");

        JsonNode edited = JsonBodies.read(client.mutateWith(Callers.medewerker()).put().uri("/api/agenda/v1/agenda-items/" + id)
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(edit.toString())
                .exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().returnResult().getResponseBody());
        assertThat(edited.path("title").asText()).isEqualTo("Nieuwe titel");

        // The same version again: somebody else's edit would be overwritten unseen.
        client.mutateWith(Callers.medewerker()).put().uri("/api/agenda/v1/agenda-items/" + id)
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(edit.toString())
                .exchange().expectStatus().isEqualTo(412);

        JsonNode history = JsonBodies.read(client.mutateWith(Callers.medewerker()).get().uri("/api/agenda/v1/agenda-items/" + id)
                .exchange().expectBody().returnResult().getResponseBody()).path("history");
        assertThat(history).hasSize(2);
        JsonNode change = history.get(1);
        assertThat(change.path("action").asText()).isEqualTo("EDITED");
        assertThat(change.path("reason").asText()).isEqualTo("Ook Lariks");
        assertThat(change.path("changes").path("title").path("new").asText()).isEqualTo("Nieuwe titel");
        assertThat(change.path("changes").path("districts").path("new").toString()).isEqualTo("[\"Kloosterveen\",\"Lariks\"]");
        assertThat(change.path("changes").has("costs")).isFalse();
    }

    @Test
    void badInputIsRefusedWithEveryProblemAtOnceAndNothingStored() {
        String marker = Items.unique("Fout");
        String body = """
                {"title": "", "description": "%s", "visions": ["GROENVISIE"], "theme": "ONBEKEND",
                 "measureType": "GRAS_MAAIEN", "districts": ["Kloosterveen", "Atlantis"],
                 "location": {"type": "Point", "coordinates": [233700, 556900]},
                 "department": "openbare-ruimte", "plannedStart": "2025-06-01", "plannedEnd": "2025-01-01",
                 "budgetLineCode": "BESTAAT-NIET",
                 "costs": [{"year": 2025, "amount": "veel", "recurring": true, "kind": "OPERATING"},
                           {"year": 1999, "amount": 10.001, "recurring": "ja", "kind": "ANDERS"}],
                 "titel": "typo"}""".formatted(marker + " " + "x".repeat(20_000));
        List<String> names = new ArrayList<>();
        client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).value(problem -> ((List<Map<String, String>>) problem.get("invalidParams"))
                        .forEach(param -> names.add(param.get("name"))));
        assertThat(names).contains("title", "description", "theme", "measureType", "districts[1]", "location",
                "plannedEnd", "budgetLineCode", "costs[0].amount", "costs[1].year", "costs[1].amount",
                "costs[1].recurring", "costs[1].kind", "titel");
        assertThat(db.sql("SELECT count(*) FROM agenda_item WHERE description LIKE :marker")
                .bind("marker", marker + "%").map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void aThemeOutsideTheChosenVisionsAndInvalidGeoJsonAreNamed() {
        ObjectNode body = Items.playMeadow(Items.unique("Visie"));
        body.putArray("visions").add("GROENVISIE");
        body.set("location", MAPPER.createObjectNode().put("type", "Polygon")
                .set("coordinates", MAPPER.createArrayNode().add(MAPPER.createArrayNode()
                        .add(MAPPER.createArrayNode().add(6.5).add(53.0))
                        .add(MAPPER.createArrayNode().add(6.51).add(53.0))
                        .add(MAPPER.createArrayNode().add(6.51).add(53.01))
                        .add(MAPPER.createArrayNode().add(6.5).add(53.02)))));
        client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body.toString())
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[?(@.name == 'theme')]").exists()
                .jsonPath("$.invalidParams[?(@.name == 'location')].reason").value(reason ->
                        assertThat(reason.toString()).contains("gesloten"));
    }

    @Test
    void aBodyOfMegabytesIsRefusedAndNothingStored() {
        String huge = "{\"title\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(huge)
                .exchange().expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void whenBudgetServiceCannotBeAskedTheItemIsNotStored() {
        services.stubFor(get(urlPathMatching("/api/budget/v1/budget-lines/.*")).atPriority(0)
                .willReturn(aResponse().withStatus(503)));
        String title = Items.unique("Begroting weg");
        client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Items.playMeadow(title).toString())
                .exchange().expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(db.sql("SELECT count(*) FROM agenda_item WHERE title = :title").bind("title", title)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void staffDraftOnlyForTheirOwnDepartmentAndSeeOnlyIt() {
        ObjectNode other = Items.playMeadow(Items.unique("Andere afdeling"));
        other.put("department", "ruimtelijke-ontwikkeling");
        client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(other.toString())
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        String title = Items.unique("Eigen afdeling");
        String id = create(Items.playMeadow(title)).path("id").asText();
        String q = title.substring(title.lastIndexOf(' ') + 1);
        // The other department's staff and manager neither see it in the list nor can open it.
        client.mutateWith(Callers.managerRo()).get().uri("/api/agenda/v1/agenda-items/" + id)
                .exchange().expectStatus().isNotFound();
        client.mutateWith(Callers.medewerkerRo()).get().uri("/api/agenda/v1/agenda-items?q=" + q)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        client.mutateWith(Callers.medewerkerRo()).put().uri("/api/agenda/v1/agenda-items/" + id)
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Items.playMeadow("Overgenomen").put("reason", "x").toString())
                .exchange().expectStatus().isNotFound();
        // The own department's manager, finance staff, the administrator and the workflow see it.
        for (var caller : List.of(Callers.managerOr(), Callers.financien(), Callers.beheerder(), Callers.workflow())) {
            client.mutateWith(caller).get().uri("/api/agenda/v1/agenda-items?q=" + q)
                    .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1);
        }
        // A manager reads but does not edit drafts (only staff draft).
        client.mutateWith(Callers.user("manager-only", "openbare-ruimte", "afdelingsmanager")).put()
                .uri("/api/agenda/v1/agenda-items/" + id).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Items.playMeadow("x").put("reason", "x").toString())
                .exchange().expectStatus().isForbidden();
        // The council reads the overview and the exports, not the items.
        client.mutateWith(Callers.griffie()).get().uri("/api/agenda/v1/agenda-items/" + id)
                .exchange().expectStatus().isForbidden();
        client.mutateWith(Callers.griffie()).get().uri("/api/agenda/v1/agenda-items")
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void theListFiltersSearchesSortsAndPages() {
        String marker = Items.unique("Lijst").substring(6);
        for (String district : List.of("Kloosterveen", "Peelo", "Pittelo")) {
            ObjectNode body = Items.playMeadow("Speelweide " + district + " " + marker);
            body.putArray("districts").add(district);
            create(body);
        }
        client.mutateWith(Callers.medewerker()).get()
                .uri("/api/agenda/v1/agenda-items?q=" + marker + "&district=Peelo,Pittelo&sort=title&pageSize=1")
                .exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.LINK, link -> assertThat(link).contains("rel=\"next\""))
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[0].title").isEqualTo("Speelweide Peelo " + marker);
        client.mutateWith(Callers.medewerker()).get()
                .uri("/api/agenda/v1/agenda-items?q=" + marker + "&status=DRAFT&theme=FLOODING&department=openbare-ruimte")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(3);
        // Dutch stemming: the plural "speelweiden" finds "speelweide".
        client.mutateWith(Callers.medewerker()).get()
                .uri("/api/agenda/v1/agenda-items?q=speelweiden " + marker)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(3);
        client.mutateWith(Callers.medewerker()).get()
                .uri("/api/agenda/v1/agenda-items?status=KLAAR&theme=X&sort=kleur&pageSize=0")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(4);
    }

    @Test
    void mapsGetGeoJsonFeatures() {
        String marker = Items.unique("Kaart").substring(6);
        create(Items.playMeadow("Op de kaart " + marker));
        client.mutateWith(Callers.medewerker()).get().uri("/api/agenda/v1/agenda-items?q=" + marker)
                .accept(MediaType.parseMediaType("application/geo+json"))
                .exchange().expectStatus().isOk()
                .expectHeader().contentType("application/geo+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("FeatureCollection")
                .jsonPath("$.features.length()").isEqualTo(1)
                .jsonPath("$.features[0].geometry.coordinates[0]").isEqualTo(6.5193)
                .jsonPath("$.features[0].properties.status").isEqualTo("DRAFT");
    }

    @Test
    void theAgendaAsProposedIsLoadedAsLabelledExamples() {
        client.mutateWith(Callers.financien()).get().uri("/api/agenda/v1/agenda-items?q=Kloosterveen speelweide wadi")
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.title == 'Wijkgazon Kloosterveen wordt groene speelweide met wadi')].example")
                .isEqualTo(List.of(true));
        Long examples = db.sql("SELECT count(*) FROM agenda_item WHERE example_key IS NOT NULL")
                .map(row -> row.get(0, Long.class)).one().block();
        assertThat(examples).isBetween(28L, 35L);
    }
}
