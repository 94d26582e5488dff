package nl.assen.groenagenda.asset.query;

import static nl.assen.groenagenda.asset.Jwts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.assen.groenagenda.asset.Jwts;
import nl.assen.groenagenda.asset.geo.RdNew;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The list against the generated register in PostgreSQL: every answer checked against SQL of its own. */
@SpringBootTest
@AutoConfigureWebTestClient
class AssetQueryTest {

    static final String ASSETS = "/api/assets/v1/assets";
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    // A box over the west of Assen (Kloosterveen, Assen-West, part of Marsdijk and Lariks).
    static final double MIN_LON = 6.50;
    static final double MIN_LAT = 52.98;
    static final double MAX_LON = 6.545;
    static final double MAX_LAT = 53.02;
    static final String BBOX = MIN_LON + "," + MIN_LAT + "," + MAX_LON + "," + MAX_LAT;

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    JsonNode get(String uri) {
        // As a URI, so that an escape such as %2B (the '+' of A+) reaches the service as written.
        return client.mutateWith(as("medewerker")).get().uri(URI.create(uri)).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    long sqlCount(String where) {
        return db.sql("SELECT count(*) FROM asset WHERE " + where).map(row -> row.get(0, Long.class)).one().block();
    }

    @Test
    void eachFilterNarrowsToWhatSqlCountsOnTheSameData() {
        long all = sqlCount("true");
        assertThat(get(ASSETS + "?pageSize=1").get("totalItems").asLong()).isEqualTo(all).isGreaterThan(50_000);
        record Case(String query, String where) {
        }
        List<Case> cases = List.of(
                new Case("type=TREE", "type_code = 'TREE'"),
                new Case("type=LAWN,HEDGE", "type_code IN ('LAWN', 'HEDGE')"),
                new Case("subtype=TREE_IN_PAVING", "subtype_code = 'TREE_IN_PAVING'"),
                new Case("district=Marsdijk", "district = 'Marsdijk'"),
                new Case("condition=D", "condition = 'D'"),
                new Case("condition=A%2B", "condition = 'A+'"),
                new Case("dueBefore=2030", "replacement_due_year < 2030"),
                new Case("type=TREE&district=Marsdijk&condition=C&dueBefore=2060",
                        "type_code = 'TREE' AND district = 'Marsdijk' AND condition = 'C' AND replacement_due_year < 2060"));
        for (Case c : cases) {
            long expected = sqlCount(c.where());
            JsonNode page = get(ASSETS + "?pageSize=500&" + c.query());
            assertThat(page.get("totalItems").asLong()).as(c.query()).isEqualTo(expected).isLessThan(all).isPositive();
            assertThat(page.get("items").size()).as(c.query()).isEqualTo((int) Math.min(500, expected));
        }
        // The generated register is all PRESENT: the status filter is checked both ways.
        assertThat(get(ASSETS + "?status=PRESENT,removed").get("totalItems").asLong())
                .isEqualTo(sqlCount("status IN ('PRESENT', 'REMOVED')"));
        assertThat(get(ASSETS + "?status=PLANNED").get("totalItems").asLong()).isEqualTo(sqlCount("status = 'PLANNED'"));
        JsonNode combined = get(ASSETS + "?pageSize=500&type=TREE&district=Marsdijk&condition=C&dueBefore=2060");
        assertThat(combined.get("items")).allSatisfy(item -> {
            assertThat(item.get("type").asText()).isEqualTo("TREE");
            assertThat(item.get("district").asText()).isEqualTo("Marsdijk");
            assertThat(item.get("condition").asText()).isEqualTo("C");
            assertThat(item.get("dueYear").asInt()).isLessThan(2060);
            assertThat(item.get("species").get("scientificName").asText()).isNotBlank();
            assertThat(item.get("unit").asText()).isEqualTo("STUKS");
            assertThat(item.get("synthetic").asBoolean()).isTrue();
        });
        // A district nobody has matches nothing, rather than everything.
        assertThat(get(ASSETS + "?district=Atlantis").get("totalItems").asLong()).isZero();
    }

    @Test
    void theItemsPostgresqlWritesAreTheItemsJacksonWrites() {
        // The JSON list is written by PostgreSQL, the GeoJSON properties by Jackson from AssetListItem:
        // both must be the same items, field for field, with nulls where Jackson writes them.
        db.sql("""
                INSERT INTO asset (id, external_id, type_code, subtype_code, species_scientific, quantity, geometry_kind,
                                   rd_x, rd_y, district, expected_lifespan_years, status, replacement_value, created_by,
                                   updated_by)
                VALUES (gen_random_uuid(), 'JSON-1', 'TREE', 'TREE_IN_GREEN', 'Quercus "robur" \\ test', 1, 'POINT',
                        233000, 557000, 'Jsonwijk', 60, 'PLANNED', 500, 'test', 'test')
                """).then().block();
        try {
            for (String query : List.of("district=Jsonwijk", "type=LAWN&sort=-quantity&pageSize=40",
                    "type=TREE&district=Peelo&pageSize=30&page=3", "sort=dueYear,-plantingYear&pageSize=25&page=7")) {
                JsonNode list = get(ASSETS + "?" + query);
                JsonNode collection = client.mutateWith(as("medewerker")).get().uri(URI.create(ASSETS + "?" + query))
                        .accept(GEO_JSON).exchange().expectStatus().isOk()
                        .expectBody(JsonNode.class).returnResult().getResponseBody();
                List<JsonNode> properties = new ArrayList<>();
                collection.get("features").forEach(feature -> properties.add(feature.get("properties")));
                List<JsonNode> items = new ArrayList<>();
                list.get("items").forEach(items::add);
                assertThat(items).as(query).isNotEmpty().isEqualTo(properties);
                for (String member : List.of("page", "pageSize", "totalItems", "totalPages")) {
                    assertThat(list.get(member)).as(query + " " + member).isEqualTo(collection.get(member));
                }
            }
            JsonNode tree = get(ASSETS + "?district=Jsonwijk").get("items").get(0);
            assertThat(tree.get("species").get("scientificName").asText()).isEqualTo("Quercus \"robur\" \\ test");
            assertThat(tree.get("species").has("dutchName")).isFalse();
            assertThat(tree.get("plantingYear").isNull()).isTrue();
            assertThat(tree.get("quantity").decimalValue()).isEqualByComparingTo("1");
            assertThat(get(ASSETS + "?type=LAWN&pageSize=1").get("items").get(0).get("species").isNull()).isTrue();
        } finally {
            db.sql("DELETE FROM asset WHERE external_id = 'JSON-1'").then().block();
        }
    }

    @Test
    void rememberedPagesAndTotalsFollowEveryChangeOfTheRegister() {
        // Pages and totals are remembered per register version: each change, even one made straight in SQL, must show.
        String list = ASSETS + "?pageSize=1&type=HEDGE&district=Telwijk";
        try {
            assertThat(get(list).get("totalItems").asLong()).isZero();
            insertHedge("TEL-1");
            insertHedge("TEL-2");
            assertThat(get(list).get("totalItems").asLong()).isEqualTo(2);
            assertThat(get(list + "&page=2").get("totalItems").asLong()).isEqualTo(2); // the remembered total
            db.sql("DELETE FROM asset WHERE external_id = 'TEL-1'").then().block();
            JsonNode after = get(list + "&page=1");
            assertThat(after.get("totalItems").asLong()).isEqualTo(1);
            assertThat(after.get("items").get(0).get("externalId").asText()).isEqualTo("TEL-2");
            db.sql("UPDATE asset SET type_code = 'TREE', subtype_code = 'TREE_IN_GREEN' WHERE external_id = 'TEL-2'")
                    .then().block();
            assertThat(get(list).get("totalItems").asLong()).isZero();

            // With the version standing still (its trigger off for a moment) a change is not seen: the
            // remembered page is served, and the version is all that keeps it exact.
            insertHedge("TEL-3");
            assertThat(get(list).get("items").get(0).get("externalId").asText()).isEqualTo("TEL-3");
            try {
                db.sql("ALTER TABLE asset DISABLE TRIGGER asset_changed").then().block();
                db.sql("UPDATE asset SET external_id = 'TEL-4' WHERE external_id = 'TEL-3'").then().block();
                assertThat(get(list).get("items").get(0).get("externalId").asText()).isEqualTo("TEL-3");
            } finally {
                db.sql("ALTER TABLE asset ENABLE TRIGGER asset_changed").then().block();
            }
            db.sql("UPDATE register_version SET version = version + 1").then().block();
            assertThat(get(list).get("items").get(0).get("externalId").asText()).isEqualTo("TEL-4");
        } finally {
            db.sql("DELETE FROM asset WHERE external_id LIKE 'TEL-%'").then().block();
        }
    }

    private void insertHedge(String externalId) {
        db.sql("""
                INSERT INTO asset (id, external_id, type_code, subtype_code, quantity, geometry_kind, rd_x, rd_y, district,
                                   planting_year, expected_lifespan_years, status, replacement_value, created_by, updated_by)
                VALUES (gen_random_uuid(), :externalId, 'HEDGE', 'HEDGE', 10, 'POINT', 233000, 557000, 'Telwijk', 2000, 30,
                        'PRESENT', 400, 'test', 'test')
                """).bind("externalId", externalId).then().block();
    }

    @Test
    void aWgs84BoxSelectsExactlyTheAssetsWhosePositionLiesInside() {
        // Independent count: every asset's position converted in Java.
        List<double[]> positions = db.sql("SELECT rd_x, rd_y FROM asset WHERE type_code = 'TREE'")
                .map(row -> new double[] {row.get(0, BigDecimal.class).doubleValue(), row.get(1, BigDecimal.class).doubleValue()})
                .all().collectList().block();
        long inside = positions.stream().map(p -> RdNew.toWgs84(p[0], p[1]))
                .filter(w -> w.longitude() >= MIN_LON && w.longitude() <= MAX_LON
                        && w.latitude() >= MIN_LAT && w.latitude() <= MAX_LAT)
                .count();
        assertThat(inside).isPositive().isLessThan(positions.size());

        Set<String> ids = new HashSet<>();
        int page = 1;
        long total;
        do {
            JsonNode collection = client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 << 20)).build()
                    .mutateWith(as("raad")).get()
                    .uri(ASSETS + "?type=TREE&pageSize=500&bbox=" + BBOX + "&page=" + page)
                    .accept(GEO_JSON).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(GEO_JSON)
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            total = collection.get("totalItems").asLong();
            for (JsonNode feature : collection.get("features")) {
                JsonNode coordinates = feature.get("geometry").get("coordinates");
                assertThat(coordinates.get(0).asDouble()).isBetween(MIN_LON, MAX_LON);
                assertThat(coordinates.get(1).asDouble()).isBetween(MIN_LAT, MAX_LAT);
                assertThat(ids.add(feature.get("id").asText())).isTrue();
            }
            page++;
        } while (page <= collection(total));
        assertThat(total).isEqualTo(inside);
        assertThat(ids).hasSize((int) inside);
    }

    private static long collection(long total) {
        return (total + 499) / 500;
    }

    @Test
    void geoJsonIsAFeatureCollectionInWgs84WithTheSamePaging() {
        EntityExchangeResult<JsonNode> result = client.mutateWith(as("financieel-adviseur")).get()
                .uri(ASSETS + "?district=Centrum&pageSize=200&page=2")
                .accept(GEO_JSON).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(GEO_JSON)
                .expectBody(JsonNode.class).returnResult();
        JsonNode collection = result.getResponseBody();
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("page").asInt()).isEqualTo(2);
        assertThat(collection.get("pageSize").asInt()).isEqualTo(200);
        assertThat(collection.get("totalItems").asLong()).isEqualTo(sqlCount("district = 'Centrum'"));
        assertThat(collection.get("features").size()).isEqualTo(200);
        String link = result.getResponseHeaders().getFirst("Link");
        assertThat(link).contains("rel=\"first\"", "rel=\"prev\"", "rel=\"next\"", "rel=\"last\"", "page=3", "district=Centrum");
        Set<String> geometryTypes = new HashSet<>();
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            JsonNode properties = feature.get("properties");
            assertThat(properties.get("id").asText()).isEqualTo(feature.get("id").asText());
            assertThat(properties.get("district").asText()).isEqualTo("Centrum");
            assertThat(properties.has("replacementValue")).isTrue();
            assertThat(properties.get("synthetic").asBoolean()).isTrue();
            JsonNode geometry = feature.get("geometry");
            String type = geometry.get("type").asText();
            geometryTypes.add(type);
            List<JsonNode> positions = new ArrayList<>();
            if (type.equals("Point")) {
                positions.add(geometry.get("coordinates"));
            } else {
                assertThat(type).isEqualTo("Polygon");
                JsonNode ring = geometry.get("coordinates").get(0);
                assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                ring.forEach(positions::add);
            }
            assertThat(positions).allSatisfy(position -> {
                assertThat(position.size()).isEqualTo(2);
                assertThat(position.get(0).asDouble()).as("longitude").isBetween(6.45, 6.65);
                assertThat(position.get(1).asDouble()).as("latitude").isBetween(52.93, 53.05);
            });
        }
        assertThat(geometryTypes).containsExactlyInAnyOrder("Point", "Polygon");
        // Plain JSON stays the default, and wins when preferred.
        client.mutateWith(as("medewerker")).get().uri(ASSETS + "?pageSize=1")
                .accept(MediaType.APPLICATION_JSON, GEO_JSON).exchange()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.items[0].id").exists();
    }

    @Test
    void sortingIsDeterministicAcrossPagesWithoutDuplicatesOrGaps() {
        String filter = "district=Centrum&status=PRESENT";
        List<UUID> expected = db.sql("""
                        SELECT id FROM asset WHERE district = 'Centrum' AND status = 'PRESENT'
                         ORDER BY planting_year ASC, replacement_value DESC, id ASC""")
                .map(row -> row.get(0, UUID.class)).all().collectList().block();
        assertThat(expected).hasSizeGreaterThan(1000);
        List<UUID> walked = new ArrayList<>();
        int pageSize = 137;
        int pages = (expected.size() + pageSize - 1) / pageSize;
        JsonNode previous = null;
        for (int page = 1; page <= pages; page++) {
            JsonNode body = get(ASSETS + "?" + filter + "&sort=plantingYear,-replacementValue&pageSize=" + pageSize
                    + "&page=" + page);
            assertThat(body.get("totalPages").asInt()).isEqualTo(pages);
            for (JsonNode item : body.get("items")) {
                if (previous != null && !previous.get("plantingYear").isNull() && !item.get("plantingYear").isNull()) {
                    assertThat(item.get("plantingYear").asInt()).isGreaterThanOrEqualTo(previous.get("plantingYear").asInt());
                    if (item.get("plantingYear").asInt() == previous.get("plantingYear").asInt()) {
                        assertThat(item.get("replacementValue").decimalValue())
                                .isLessThanOrEqualTo(previous.get("replacementValue").decimalValue());
                    }
                }
                walked.add(UUID.fromString(item.get("id").asText()));
                previous = item;
            }
        }
        assertThat(walked).doesNotHaveDuplicates().isEqualTo(expected);
        // The same page twice is the same page.
        assertThat(get(ASSETS + "?" + filter + "&sort=dueYear&page=3&pageSize=50"))
                .isEqualTo(get(ASSETS + "?" + filter + "&sort=dueYear&page=3&pageSize=50"));
    }

    @Test
    void everyInvalidParameterIsNamedAtOnce() {
        client.mutateWith(as("medewerker")).get()
                .uri(ASSETS + "?type=TREE,ROCK&subtype=PALM&condition=E&status=GONE&bbox=6.5,52.9,6.6"
                        + "&dueBefore=1700&sort=height,-plantingYear&page=0&pageSize=501")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.invalidParams.length()").isEqualTo(9)
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("type", "subtype", "condition", "status", "bbox", "dueBefore",
                                "sort", "page", "pageSize"))
                .jsonPath("$.invalidParams[?(@.name == 'type')].reason").value(reason ->
                        assertThat(reason.toString()).contains("Onbekende waarde(n) ROCK;"));
        for (String bbox : List.of("a,b,c,d", "6.6,52.9,6.5,53.0", "6.5,52.9,6.6,95", "", "6.5,52.9,6.6,53.0,1")) {
            client.mutateWith(as("medewerker")).get().uri(ASSETS + "?bbox={bbox}", bbox).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("bbox");
        }
        client.mutateWith(as("medewerker")).get().uri(ASSETS + "?dueBefore=2201").exchange()
                .expectStatus().isBadRequest();
        client.mutateWith(as("medewerker")).get().uri(ASSETS + "?dueBefore=2200&bbox=-10,40,-9,41").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void everyRoleReadsTheListAndNobodyWithoutAToken() {
        for (String uri : List.of(ASSETS, "/api/assets/v1/work-with-work?district=Peelo&fromYear=2027&toYear=2027")) {
            client.get().uri(uri).exchange().expectStatus().isUnauthorized();
            for (String role : Jwts.ALL_ROLES) {
                client.mutateWith(as(role)).get().uri(uri).exchange().expectStatus().isOk();
            }
        }
    }

    @Test
    void theSqlConversionIsTheJavaConversion() {
        for (double[] rd : new double[][] {{233600, 556800}, {230000, 553000}, {238000, 561000}, {155000, 463000}, {176000, 317000}}) {
            double[] sql = db.sql("SELECT " + RdSql.LATITUDE + ", " + RdSql.LONGITUDE
                            + " FROM (SELECT CAST(:x AS numeric) AS rd_x, CAST(:y AS numeric) AS rd_y) a")
                    .bind("x", BigDecimal.valueOf(rd[0])).bind("y", BigDecimal.valueOf(rd[1]))
                    .map(row -> new double[] {row.get(0, Double.class), row.get(1, Double.class)}).one().block();
            RdNew.Wgs84 java = RdNew.toWgs84(rd[0], rd[1]);
            assertThat(sql[0]).isCloseTo(java.latitude(), within(1e-10));
            assertThat(sql[1]).isCloseTo(java.longitude(), within(1e-10));
        }
    }
}
