package nl.assen.groenagenda.asset.edit;

import static nl.assen.groenagenda.asset.Jwts.ALL_ROLES;
import static nl.assen.groenagenda.asset.Jwts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Registering and changing assets, on assets of its own in district TEST-EDIT, removed afterwards. */
@SpringBootTest
@AutoConfigureWebTestClient
class AssetEditTest {

    static final String DISTRICT = "TEST-EDIT";
    static final Map<String, Object> IN_ASSEN = Map.of("type", "Point", "coordinates", List.of(6.5625, 52.9925));
    static final Map<String, Object> HEDGE_AREA = Map.of("type", "Polygon", "coordinates", List.of(List.of(
            List.of(6.5600, 52.9900), List.of(6.5610, 52.9900), List.of(6.5610, 52.9906), List.of(6.5600, 52.9906),
            List.of(6.5600, 52.9900))));

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        db.sql("DELETE FROM asset WHERE district = :d").bind("d", DISTRICT).then().block();
    }

    static Map<String, Object> tree() {
        return Map.of("subtype", "TREE_IN_GREEN", "quantity", 1, "geometry", IN_ASSEN, "district", DISTRICT,
                "status", "PRESENT", "plantingYear", 1990, "species",
                Map.of("scientificName", "Quercus robur", "dutchName", "Zomereik"),
                "reason", "Nieuwe boom ingemeten");
    }

    EntityExchangeResult<byte[]> create(String role, Map<String, Object> body) {
        return client.mutateWith(as(role)).post().uri("/api/assets/v1/assets")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody().returnResult();
    }

    static UUID id(EntityExchangeResult<byte[]> created) {
        String location = created.getResponseHeaders().getLocation().toString();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private long count(String sql, UUID id) {
        return db.sql(sql).bind("id", id).map(row -> row.get(0, Long.class)).one().block();
    }

    @Test
    void aCreatedAssetIsValuedByItsNormAndAuditedAndItsGetCarriesTheETag() {
        EntityExchangeResult<byte[]> created = create("medewerker", Map.of("subtype", "HEDGE", "quantity", 12.34,
                "geometry", HEDGE_AREA, "district", DISTRICT, "status", "PLANNED", "reason", "Nieuwe haag"));
        UUID id = id(created);
        String etag = created.getResponseHeaders().getETag();
        assertThat(etag).matches("\"\\d+\"");

        client.mutateWith(as("raad")).get().uri("/api/assets/v1/assets/{id}", id).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectBody()
                .jsonPath("$.type").isEqualTo("HEDGE")
                .jsonPath("$.unit").isEqualTo("M2")
                .jsonPath("$.geometry.type").isEqualTo("Polygon")
                // 12.34 m2 x EUR 40.00 = 493.60; the norm's lifespan (30 years).
                .jsonPath("$.replacementValue").isEqualTo(493.60)
                .jsonPath("$.expectedLifespan").isEqualTo(30)
                .jsonPath("$.status").isEqualTo("PLANNED")
                .jsonPath("$.createdBy").isEqualTo("medewerker")
                .jsonPath("$.history.length()").isEqualTo(1)
                .jsonPath("$.history[0].action").isEqualTo("CREATED")
                .jsonPath("$.history[0].by").isEqualTo("medewerker")
                .jsonPath("$.history[0].reason").isEqualTo("Nieuwe haag")
                .jsonPath("$.history[0].after.quantity").isEqualTo(12.34);
    }

    @Test
    void aPatchChangesOnlyItsFieldsRecomputesTheValueAndRecordsWhoWhatAndWhy() {
        UUID id = id(create("medewerker", tree()));
        String etag = client.mutateWith(as("beheerder")).get().uri("/api/assets/v1/assets/{id}", id).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseHeaders().getETag();

        String newEtag = client.mutateWith(as("beheerder")).patch().uri("/api/assets/v1/assets/{id}", id)
                .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subtype", "TREE_IN_PAVING", "condition", "C", "inspectionDate", "2025-03-31",
                        "protectionStatus", "MONUMENTAL", "climateFunctions", Map.of("shade", true),
                        "reason", "Schouw maart 2025"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subtype").isEqualTo("TREE_IN_PAVING")
                .jsonPath("$.replacementValue").isEqualTo(650.00)
                .jsonPath("$.expectedLifespan").isEqualTo(50)
                .jsonPath("$.condition").isEqualTo("C")
                .jsonPath("$.climateFunctions.shade").isEqualTo(true)
                .jsonPath("$.climateFunctions.waterStorage").isEqualTo(false)
                .jsonPath("$.plantingYear").isEqualTo(1990)
                .jsonPath("$.updatedBy").isEqualTo("beheerder")
                .jsonPath("$.history.length()").isEqualTo(2)
                .jsonPath("$.history[0].action").isEqualTo("UPDATED")
                .jsonPath("$.history[0].by").isEqualTo("beheerder")
                .jsonPath("$.history[0].reason").isEqualTo("Schouw maart 2025")
                .jsonPath("$.history[0].before.subtype").isEqualTo("TREE_IN_GREEN")
                .jsonPath("$.history[0].after.subtype").isEqualTo("TREE_IN_PAVING")
                .jsonPath("$.history[0].before.replacementValue").isEqualTo(500.00)
                .jsonPath("$.history[0].after.replacementValue").isEqualTo(650.00)
                .jsonPath("$.history[0].after.condition").isEqualTo("C")
                .jsonPath("$.history[0].after.inspectionDate").isEqualTo("2025-03-31")
                .jsonPath("$.history[0].after.plantingYear").doesNotExist()
                .jsonPath("$.history[0].after.district").doesNotExist()
                .returnResult().getResponseHeaders().getETag();
        assertThat(newEtag).isNotEqualTo(etag);

        // Removing it, with the version in the body instead of If-Match, is recorded as a removal.
        client.mutateWith(as("medewerker")).patch().uri("/api/assets/v1/assets/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "REMOVED", "version", newEtag.replace("\"", ""), "reason", "Gekapt"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("REMOVED")
                .jsonPath("$.history[0].action").isEqualTo("REMOVED")
                .jsonPath("$.history[0].before.status").isEqualTo("PRESENT");
    }

    @Test
    void aPatchOnAStaleVersionIs412AndChangesNothing() {
        EntityExchangeResult<byte[]> created = create("medewerker", tree());
        UUID id = id(created);
        String first = created.getResponseHeaders().getETag();
        client.mutateWith(as("medewerker")).patch().uri("/api/assets/v1/assets/{id}", id)
                .header(HttpHeaders.IF_MATCH, first).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("quantity", 2, "reason", "Twee bomen"))
                .exchange().expectStatus().isOk();

        client.mutateWith(as("beheerder")).patch().uri("/api/assets/v1/assets/{id}", id)
                .header(HttpHeaders.IF_MATCH, first).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("quantity", 3, "reason", "Drie bomen"))
                .exchange()
                .expectStatus().isEqualTo(412)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:version-mismatch");
        client.mutateWith(as("beheerder")).patch().uri("/api/assets/v1/assets/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("quantity", 3, "reason", "Drie bomen"))
                .exchange()
                .expectStatus().isEqualTo(428);

        assertThat(db.sql("SELECT quantity FROM asset WHERE id = :id").bind("id", id)
                .map(row -> row.get(0, BigDecimal.class)).one().block()).isEqualByComparingTo("2");
        assertThat(db.sql("SELECT replacement_value FROM asset WHERE id = :id").bind("id", id)
                .map(row -> row.get(0, BigDecimal.class)).one().block()).isEqualByComparingTo("1000.00");
        assertThat(count("SELECT count(*) FROM asset_history WHERE asset_id = :id", id)).isEqualTo(2);
    }

    @Test
    void everyInvalidFieldOfANewAssetIsNamedAtOnceAndNothingIsStored() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("subtype", "PALM_TREE");
        body.put("quantity", -1);
        body.put("plantingYear", 2999);
        body.put("condition", "E");
        body.put("status", "DREAMT");
        body.put("geometry", Map.of("type", "Point", "coordinates", List.of(2.35, 48.85)));
        body.put("district", DISTRICT);
        body.put("replacementValue", 1);
        client.mutateWith(as("medewerker")).post().uri("/api/assets/v1/assets")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("subtype", "quantity", "plantingYear", "condition", "status",
                                "geometry.coordinates", "replacementValue", "reason"));
        body.put("plantingYear", 1799);
        body.put("quantity", 0);
        client.mutateWith(as("medewerker")).post().uri("/api/assets/v1/assets")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[?(@.name == 'plantingYear')].reason").isEqualTo("Niet vóór 1800.")
                .jsonPath("$.invalidParams[?(@.name == 'quantity')].reason").isEqualTo("Moet groter dan 0 zijn.");
        assertThat(db.sql("SELECT count(*) FROM asset WHERE district = :d").bind("d", DISTRICT)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void everyInvalidFieldOfAPatchIsNamedAtOnceAndNothingChanges() {
        EntityExchangeResult<byte[]> created = create("medewerker", tree());
        UUID id = id(created);
        client.mutateWith(as("medewerker")).patch().uri("/api/assets/v1/assets/{id}", id)
                .header(HttpHeaders.IF_MATCH, created.getResponseHeaders().getETag())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("quantity", 0, "plantingYear", 1700, "subtype", "LAWN", "condition", "Z",
                        "status", "GONE", "protectionStatus", "ANCIENT", "geometry",
                        Map.of("type", "Point", "coordinates", List.of(6.56, 55.0)), "reason", " "))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("quantity", "plantingYear", "subtype", "condition", "status",
                                "protectionStatus", "geometry.coordinates", "reason"));
        assertThat(count("SELECT count(*) FROM asset_history WHERE asset_id = :id", id)).isEqualTo(1);
        assertThat(db.sql("SELECT planting_year FROM asset WHERE id = :id")
                .bind("id", id).map(row -> row.get(0, Integer.class)).one().block()).isEqualTo(1990);
    }

    @Test
    void onlyMedewerkerAndBeheerderEditAndWithoutATokenIt401s() {
        UUID id = id(create("beheerder", tree()));
        for (String role : ALL_ROLES) {
            boolean editor = role.equals("medewerker") || role.equals("beheerder");
            client.mutateWith(as(role)).post().uri("/api/assets/v1/assets")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(tree())
                    .exchange().expectStatus().isEqualTo(editor ? 201 : 403);
            client.mutateWith(as(role)).patch().uri("/api/assets/v1/assets/{id}", id)
                    .header(HttpHeaders.IF_MATCH, "*").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("district", DISTRICT, "plantingYear", 1991 + ALL_ROLES.indexOf(role),
                            "reason", "Rollentest " + role))
                    .exchange().expectStatus().isEqualTo(editor ? 200 : 403);
        }
        client.post().uri("/api/assets/v1/assets").contentType(MediaType.APPLICATION_JSON).bodyValue(tree())
                .exchange().expectStatus().isUnauthorized();
        client.patch().uri("/api/assets/v1/assets/{id}", id).header(HttpHeaders.IF_MATCH, "*")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("plantingYear", 2000, "reason", "x"))
                .exchange().expectStatus().isUnauthorized();
        // Created once by beheerder, once each by the two editors; changed by exactly those two.
        assertThat(db.sql("SELECT count(*) FROM asset WHERE district = :d").bind("d", DISTRICT)
                .map(row -> row.get(0, Long.class)).one().block()).isEqualTo(3);
        assertThat(db.sql("SELECT string_agg(changed_by, ',' ORDER BY id) FROM asset_history WHERE asset_id = :id AND action = 'UPDATED'")
                .bind("id", id).map(row -> row.get(0, String.class)).one().block()).isEqualTo("medewerker,beheerder");
    }
}
