package nl.assen.groenagenda.agenda.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.assen.groenagenda.agenda.support.AgendaTest;
import nl.assen.groenagenda.agenda.support.Callers;
import nl.assen.groenagenda.agenda.support.JsonBodies;
import nl.assen.groenagenda.agenda.support.Items;
import nl.assen.groenagenda.platform.paging.PageRequest;
import nl.assen.groenagenda.platform.paging.PagedList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * List pages are written by PostgreSQL (AgendaListPages); they must read exactly as Jackson writes the
 * same items one by one: every field, null and odd character, costs in order, totals and visibility.
 */
class AgendaListPagesTest extends AgendaTest {

    @Autowired
    DatabaseClient db;

    @Autowired
    AgendaItemRepository repository;

    @Autowired
    ObjectMapper mapper;

    private String create(ObjectNode body) {
        byte[] answer = client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body.toString())
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        return JsonBodies.read(answer).path("id").asText();
    }

    @Test
    void aPageReadsExactlyAsItsItemsDoOneByOne() throws Exception {
        String marker = Items.unique("Pagina").substring(7);
        List<String> ids = new ArrayList<>();
        ids.add(create(Items.playMeadow("Pagina a " + marker)));

        ObjectNode bare = Items.playMeadow("Pagina b");
        bare.put("title", "Pagina b " + marker + " \"aanhalingstekens\" \\u0041 \\ é ✓");
        bare.remove(List.of("location", "owner", "plannedStart", "plannedEnd", "budgetLineCode", "costs", "partners"));
        bare.putArray("districts");
        bare.putArray("workWithWork").addObject().put("programme", "OTHER");
        ids.add(create(bare));

        ObjectNode odd = Items.playMeadow("Pagina c " + marker);
        odd.put("description", "regel\neen\ttab\u000bverticaal\u001feinde\u0001 en \u2028");
        odd.put("department", "openbare-ruimte");
        odd.putObject("location").put("type", "Polygon").putArray("coordinates").addArray()
                .add(mapper.createArrayNode().add(6.5).add(53)).add(mapper.createArrayNode().add(6.51).add(53.0))
                .add(mapper.createArrayNode().add(6.51).add(53.01)).add(mapper.createArrayNode().add(6.5).add(53));
        odd.putArray("costs").addObject().put("year", 2030).put("amount", 1).put("recurring", true).put("kind", "OPERATING");
        ((com.fasterxml.jackson.databind.node.ArrayNode) odd.path("costs")).addObject().put("year", 2026)
                .put("amount", 12345678.9).put("recurring", false).put("kind", "INVESTMENT");
        ((com.fasterxml.jackson.databind.node.ArrayNode) odd.path("costs")).addObject().put("year", 2026)
                .put("amount", 0.01).put("recurring", true).put("kind", "INVESTMENT");
        ((com.fasterxml.jackson.databind.node.ArrayNode) odd.path("costs")).addObject().put("year", 2026)
                .put("amount", 7).put("recurring", true).put("kind", "OPERATING");
        ids.add(create(odd));

        // What the lifecycle sets, and timestamps with and without fractions of a second.
        db.sql("""
                        UPDATE agenda_item SET coverage = 'CLAIM', kaderbrief_year = 2026, claim_id = 'claim-1',
                            status = 'IN_EXECUTION', traffic_light = 'ORANGE', traffic_light_cause = 'Levering "laat"',
                            traffic_light_correction = E'Andere\\nkwekerij', progress = 40,
                            created_at = '2026-01-02 03:04:05+00', updated_at = '2026-06-07 08:09:10.1+02'
                        WHERE id = :id""").bind("id", java.util.UUID.fromString(ids.get(2))).then().block();
        db.sql("UPDATE agenda_item SET updated_at = '2026-06-07 08:09:10.000001+00', location = 'null' WHERE id = :id")
                .bind("id", java.util.UUID.fromString(ids.get(1))).then().block();
        db.sql("UPDATE agenda_item SET work_with_work = '[{\"programme\": \"BOSS\", \"description\": 5}]' WHERE id = :id")
                .bind("id", java.util.UUID.fromString(ids.get(0))).then().block();

        String body = new String(client.mutateWith(Callers.financien()).get()
                .uri("/api/agenda/v1/agenda-items?q=" + marker + "&sort=title&pageSize=2")
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(expected(ids.subList(0, 2), new PageRequest(1, 2), 3));

        String second = new String(client.mutateWith(Callers.financien()).get()
                .uri("/api/agenda/v1/agenda-items?q=" + marker + "&sort=title&pageSize=2&page=2")
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(second).isEqualTo(expected(ids.subList(2, 3), new PageRequest(2, 2), 3));
        assertThat(second).contains("\\u000B", "\\u001F", "\\u0001", "\"costs\":[{\"year\":2026,\"amount\":0.01,"
                + "\"recurring\":true,\"kind\":\"INVESTMENT\"},{\"year\":2026,\"amount\":12345678.90,\"recurring\":false,"
                + "\"kind\":\"INVESTMENT\"},{\"year\":2026,\"amount\":7.00,");

        // Beyond the last page: no items, and still the total.
        client.mutateWith(Callers.financien()).get()
                .uri("/api/agenda/v1/agenda-items?q=" + marker + "&pageSize=2&page=9")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0)
                .jsonPath("$.totalItems").isEqualTo(3)
                .jsonPath("$.totalPages").isEqualTo(2);
    }

    @Test
    void staffAndManagersListAndCountOnlyTheirOwnDepartment() {
        String marker = Items.unique("Afdeling").substring(9);
        create(Items.playMeadow("Afdeling or 1 " + marker));
        create(Items.playMeadow("Afdeling or 2 " + marker));
        String other = create(Items.playMeadow("Afdeling ro " + marker));
        db.sql("UPDATE agenda_item SET department = 'ruimtelijke-ontwikkeling' WHERE id = :id")
                .bind("id", java.util.UUID.fromString(other)).then().block();

        for (var caller : List.of(Callers.medewerker(), Callers.managerOr())) {
            client.mutateWith(caller).get().uri("/api/agenda/v1/agenda-items?q=" + marker + "&sort=title")
                    .exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.totalItems").isEqualTo(2)
                    .jsonPath("$.items.length()").isEqualTo(2)
                    .jsonPath("$.items[*].department").isEqualTo(List.of("openbare-ruimte", "openbare-ruimte"));
        }
        for (var caller : List.of(Callers.medewerkerRo(), Callers.managerRo())) {
            client.mutateWith(caller).get().uri("/api/agenda/v1/agenda-items?q=" + marker)
                    .exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.totalItems").isEqualTo(1)
                    .jsonPath("$.items[0].id").isEqualTo(other);
        }
        // A department filter does not widen the caller's own scope.
        client.mutateWith(Callers.medewerker()).get()
                .uri("/api/agenda/v1/agenda-items?q=" + marker + "&department=ruimtelijke-ontwikkeling")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0)
                .jsonPath("$.items.length()").isEqualTo(0);
        for (var caller : List.of(Callers.financien(), Callers.beheerder(), Callers.workflow())) {
            client.mutateWith(caller).get().uri("/api/agenda/v1/agenda-items?q=" + marker)
                    .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(3);
        }
    }

    @Test
    void aSummaryPageHasTheFullPagesItemsTotalsAndVisibilityWithTheSumOfTheirCosts() {
        String marker = Items.unique("Samenvatting").substring(13);
        create(Items.playMeadow("Samenvatting 1 " + marker));
        ObjectNode noCosts = Items.playMeadow("Samenvatting 2 " + marker);
        noCosts.remove(List.of("costs", "plannedStart"));
        noCosts.putArray("districts");
        create(noCosts);
        create(Items.playMeadow("Samenvatting 3 " + marker).put("department", "openbare-ruimte"));
        String other = create(Items.playMeadow("Samenvatting 4 " + marker));
        db.sql("UPDATE agenda_item SET department = 'ruimtelijke-ontwikkeling', status = 'SUBMITTED' WHERE id = :id")
                .bind("id", java.util.UUID.fromString(other)).then().block();

        for (var caller : List.of(Callers.financien(), Callers.medewerker(), Callers.managerRo())) {
            for (String paging : List.of("&pageSize=2", "&pageSize=2&page=2", "&pageSize=50", "&pageSize=2&page=3")) {
                String list = "/api/agenda/v1/agenda-items?q=" + marker + "&sort=title" + paging;
                var full = JsonBodies.read(client.mutateWith(caller).get().uri(list)
                        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
                var summary = JsonBodies.read(client.mutateWith(caller).get().uri(list + "&view=summary")
                        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
                for (String field : List.of("page", "pageSize", "totalItems", "totalPages")) {
                    assertThat(summary.path(field)).as(field).isEqualTo(full.path(field));
                }
                assertThat(summary.path("items")).hasSameSizeAs(full.path("items"));
                for (int i = 0; i < full.path("items").size(); i++) {
                    var item = full.path("items").get(i);
                    var brief = summary.path("items").get(i);
                    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
                    for (var cost : item.path("costs")) {
                        total = total.add(cost.path("amount").decimalValue());
                    }
                    assertThat(brief.path("totalCost").decimalValue()).isEqualByComparingTo(total);
                    List<String> names = new ArrayList<>();
                    brief.fieldNames().forEachRemaining(names::add);
                    assertThat(names).containsExactly("id", "title", "example", "status", "trafficLight", "theme",
                            "districts", "department", "plannedStart", "totalCost");
                    for (String field : names.subList(0, names.size() - 1)) {
                        assertThat(brief.path(field)).as(field).isEqualTo(item.path(field));
                    }
                }
            }
        }
        client.mutateWith(Callers.managerRo()).get().uri("/api/agenda/v1/agenda-items?q=" + marker + "&view=summary")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(other);
        client.mutateWith(Callers.financien()).get().uri("/api/agenda/v1/agenda-items?q=" + marker + "&view=kort")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("view");
    }

    /**
     * Pages are remembered per agenda version: every change to items or costs, also in plain SQL, is seen by
     * the next page. With the version's triggers switched off for a moment a page is served from memory, so
     * this test also proves that the memory is used, and that the version is all that keeps it exact.
     */
    @Test
    void aRememberedPageIsServedOnlyWhileTheAgendaIsUnchanged() {
        String marker = Items.unique("Onthouden").substring(10);
        String id = create(Items.playMeadow("Onthouden 1 " + marker));
        String list = "/api/agenda/v1/agenda-items?q=" + marker;
        java.util.function.Function<String, com.fasterxml.jackson.databind.JsonNode> page = uri -> JsonBodies.read(
                client.mutateWith(Callers.financien()).get().uri(uri)
                        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
        java.util.UUID uuid = java.util.UUID.fromString(id);
        assertThat(page.apply(list).path("items").get(0).path("title").asText()).isEqualTo("Onthouden 1 " + marker);
        java.math.BigDecimal total = page.apply(list + "&view=summary").path("items").get(0).path("totalCost").decimalValue();

        db.sql("UPDATE agenda_item SET title = 'Onthouden 2 ' || :marker WHERE id = :id")
                .bind("marker", marker).bind("id", uuid).then().block();
        assertThat(page.apply(list).path("items").get(0).path("title").asText()).isEqualTo("Onthouden 2 " + marker);

        db.sql("INSERT INTO agenda_item_cost (agenda_item_id, year, recurring, kind, amount)"
                + " VALUES (:id, 2040, false, 'INVESTMENT', 100.25)").bind("id", uuid).then().block();
        assertThat(page.apply(list + "&view=summary").path("items").get(0).path("totalCost").decimalValue())
                .isEqualByComparingTo(total.add(new java.math.BigDecimal("100.25")));
        assertThat(page.apply(list).path("items").get(0).path("costs").toString()).contains("\"year\":2040");

        db.sql("DELETE FROM agenda_item_cost WHERE agenda_item_id = :id AND year = 2040").bind("id", uuid).then().block();
        assertThat(page.apply(list + "&view=summary").path("items").get(0).path("totalCost").decimalValue())
                .isEqualByComparingTo(total);
        assertThat(page.apply(list).path("items").get(0).path("costs").toString()).doesNotContain("\"year\":2040");

        try {
            db.sql("ALTER TABLE agenda_item DISABLE TRIGGER agenda_item_changed").then().block();
            db.sql("UPDATE agenda_item SET title = 'Onthouden 3 ' || :marker WHERE id = :id")
                    .bind("marker", marker).bind("id", uuid).then().block();
            assertThat(page.apply(list).path("items").get(0).path("title").asText())
                    .as("served from memory while the version stands still").isEqualTo("Onthouden 2 " + marker);
        } finally {
            db.sql("ALTER TABLE agenda_item ENABLE TRIGGER agenda_item_changed").then().block();
        }
        db.sql("UPDATE agenda_version SET version = version + 1").then().block();
        assertThat(page.apply(list).path("items").get(0).path("title").asText()).isEqualTo("Onthouden 3 " + marker);
    }

    @Test
    void timestampsAreWrittenAsJacksonWritesThemInAnyTimeZone() throws Exception {
        OffsetDateTime winter = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 120_000_000, ZoneOffset.ofHours(1));
        OffsetDateTime summer = OffsetDateTime.of(2026, 7, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2));
        OffsetDateTime india = OffsetDateTime.of(2026, 7, 2, 3, 4, 5, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(format(winter, "Europe/Amsterdam")).isEqualTo(jackson(winter));
        assertThat(format(summer, "Europe/Amsterdam")).isEqualTo(jackson(summer));
        assertThat(format(india, "Asia/Kolkata")).isEqualTo(jackson(india));
        assertThat(format(winter.withOffsetSameInstant(ZoneOffset.UTC), "UTC"))
                .isEqualTo(jackson(winter.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private String format(OffsetDateTime at, String zone) {
        return db.inConnection(connection -> Mono.from(connection.createStatement("SET TimeZone = '" + zone + "'").execute())
                .flatMap(done -> Mono.from(done.getRowsUpdated()))
                .then(Mono.from(connection.createStatement("SELECT " + AgendaListPages.instant("$1::timestamptz") + " AS t")
                        .bind("$1", at.toString()).execute()))
                .flatMap(result -> Mono.from(result.map((row, meta) -> row.get("t", String.class))))
                .flatMap(text -> Mono.from(connection.createStatement("RESET TimeZone").execute())
                        .flatMap(done -> Mono.from(done.getRowsUpdated())).thenReturn(text)))
                .block();
    }

    private String jackson(OffsetDateTime at) throws Exception {
        String json = mapper.writeValueAsString(at);
        return json.substring(1, json.length() - 1);
    }

    /** The page as Jackson writes the same items read one by one. */
    private String expected(List<String> ids, PageRequest paging, long total) throws Exception {
        List<AgendaItem> items = new ArrayList<>();
        for (String id : ids) {
            items.add(repository.find(java.util.UUID.fromString(id)).block());
        }
        return mapper.writeValueAsString(PagedList.of(items, paging, total));
    }
}
