package nl.assen.groenagenda.asset.imports;

import static nl.assen.groenagenda.asset.Jwts.ALL_ROLES;
import static nl.assen.groenagenda.asset.Jwts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** POST /imports against PostgreSQL: all or nothing, upsert by external id, every error named. */
@SpringBootTest(properties = "groenagenda.assets.import.max-bytes=200000")
@AutoConfigureWebTestClient
class ImportApiTest {

    private static final String PATH = "/api/assets/v1/imports";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final String HEADER = "externalId;type;subtype;speciesScientific;speciesDutch;quantity;plantingYear;"
            + "district;neighbourhoodCode;condition;inspectionDate;x;y;crs\n";

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @AfterEach
    void removeImportedAssets() {
        db.sql("DELETE FROM asset WHERE external_id LIKE 'TESTIMP-%'").then().block();
        db.sql("DELETE FROM asset_import").then().block();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    private WebTestClient.ResponseSpec post(String role, MediaType type, String body, String query) {
        return client.mutateWith(as(role)).post().uri(PATH + query).contentType(type).bodyValue(body).exchange();
    }

    @Test
    void aValidRdCsvIsImportedValuedByTheNormsAndHistorised() {
        String csv = HEADER
                + "TESTIMP-1;TREE;TREE_IN_PAVING;Tilia cordata;Winterlinde;1;1990;TEST-IMPORT;BU01060101;B;2024-05-01;233000,5;557000;EPSG:28992\n"
                + "TESTIMP-2;LAWN;;;;1234,5;2001;TEST-IMPORT;;;;233100;557100;EPSG:28992\n"
                + "\"TESTIMP-3\";boom;;\"Quercus; robur\";Zomereik;;;TEST-IMPORT;;;;233200;557200;\n";
        post("medewerker", CSV, csv, "?reason=Inventarisatie 2025").expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.rows").isEqualTo(3)
                .jsonPath("$.inserted").isEqualTo(3)
                .jsonPath("$.updated").isEqualTo(0)
                // 650 (tree in paving) + 1234.5 m2 x 3.00 + 500 (tree in green, the default subtype)
                .jsonPath("$.totalReplacementValue").isEqualTo(4853.5)
                .jsonPath("$.reason").isEqualTo("Inventarisatie 2025");

        Map<String, Object> tree = db.sql("SELECT * FROM asset WHERE external_id = 'TESTIMP-1'").fetch().one().block();
        assertThat(tree).containsEntry("subtype_code", "TREE_IN_PAVING").containsEntry("species_dutch", "Winterlinde")
                .containsEntry("condition", "B").containsEntry("district", "TEST-IMPORT").containsEntry("synthetic", false)
                .containsEntry("created_by", "medewerker").containsEntry("expected_lifespan_years", 50);
        assertThat((BigDecimal) tree.get("rd_x")).isEqualByComparingTo("233000.50");
        assertThat((BigDecimal) tree.get("replacement_value")).isEqualByComparingTo("650.00");
        assertThat(db.sql("SELECT species_scientific FROM asset WHERE external_id = 'TESTIMP-3'")
                .map(row -> row.get(0, String.class)).one().block()).isEqualTo("Quercus; robur");
        assertThat(count("""
                SELECT count(*) FROM asset_history h JOIN asset a ON a.id = h.asset_id
                 WHERE a.external_id LIKE 'TESTIMP-%' AND h.action = 'CREATED' AND h.changed_by = 'medewerker'
                   AND h.reason = 'Inventarisatie 2025'
                """)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM asset_import WHERE inserted = 3 AND format = 'CSV'")).isEqualTo(1);
    }

    @Test
    void aValidWgs84GeoJsonWithAPointAndAPolygonIsImported() {
        String geoJson = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "TESTIMP-G1", "geometry": {"type": "Point", "coordinates": [6.5625, 52.9928]},
                   "properties": {"boomsoort": "Fagus sylvatica", "plantjaar": 1975, "wijk": "TEST-IMPORT",
                                  "stamdiameterklasse": "0,5 tot 1 m.", "boomhoogteklasse": "15 tot 18 m."}},
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[6.5600, 52.9900], [6.5610, 52.9900],
                        [6.5610, 52.9906], [6.5600, 52.9906], [6.5600, 52.9900]]]},
                   "properties": {"externalId": "TESTIMP-G2", "type": "SHRUBS", "district": "TEST-IMPORT"}}
                ]}
                """;
        post("beheerder", GEO_JSON, geoJson, "").expectStatus().isCreated()
                .expectBody().jsonPath("$.inserted").isEqualTo(2).jsonPath("$.format").isEqualTo("GEOJSON");

        Map<String, Object> tree = db.sql("SELECT * FROM asset WHERE external_id = 'TESTIMP-G1'").fetch().one().block();
        assertThat(tree).containsEntry("type_code", "TREE").containsEntry("geometry_kind", "POINT")
                .containsEntry("species_scientific", "Fagus sylvatica").containsEntry("planting_year", 1975);
        // Assen's centre in RD New is about (233,900, 557,000).
        assertThat(((BigDecimal) tree.get("rd_x")).doubleValue()).isBetween(232000.0, 236000.0);
        assertThat(((BigDecimal) tree.get("rd_y")).doubleValue()).isBetween(555000.0, 559000.0);

        Map<String, Object> shrubs = db.sql("SELECT quantity, geometry_kind, replacement_value, CAST(geometry_rd AS TEXT) AS rings "
                + "FROM asset WHERE external_id = 'TESTIMP-G2'").fetch().one().block();
        assertThat(shrubs).containsEntry("geometry_kind", "POLYGON");
        // 0.001 degrees of longitude by 0.0006 of latitude at 53 N: about 67 m x 67 m.
        BigDecimal area = (BigDecimal) shrubs.get("quantity");
        assertThat(area.doubleValue()).isBetween(4000.0, 5000.0);
        assertThat((BigDecimal) shrubs.get("replacement_value"))
                .isEqualByComparingTo(area.multiply(new BigDecimal("45.00")).setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat((String) shrubs.get("rings")).startsWith("[[[");
    }

    @Test
    void reImportingTheSameExternalIdsUpdatesInsteadOfDuplicating() {
        String first = HEADER + "TESTIMP-R1;TREE;;;;1;1990;TEST-IMPORT;;;;233000;557000;\n";
        post("medewerker", CSV, first, "").expectStatus().isCreated().expectBody().jsonPath("$.inserted").isEqualTo(1);
        String second = HEADER + "TESTIMP-R1;TREE;TREE_IN_PAVING;;;1;1995;TEST-IMPORT;;A;2025-01-10;233010;557010;\n"
                + "TESTIMP-R2;HEDGE;;;;12;2010;TEST-IMPORT;;;;233020;557020;\n";
        post("beheerder", CSV, second, "").expectStatus().isCreated()
                .expectBody().jsonPath("$.inserted").isEqualTo(1).jsonPath("$.updated").isEqualTo(1)
                .jsonPath("$.totalReplacementValue").isEqualTo(650 + 12 * 40);

        assertThat(count("SELECT count(*) FROM asset WHERE external_id = 'TESTIMP-R1'")).isEqualTo(1);
        Map<String, Object> updated = db.sql("SELECT * FROM asset WHERE external_id = 'TESTIMP-R1'").fetch().one().block();
        assertThat(updated).containsEntry("planting_year", 1995).containsEntry("subtype_code", "TREE_IN_PAVING")
                .containsEntry("condition", "A").containsEntry("updated_by", "beheerder").containsEntry("created_by", "medewerker");
        List<Map<String, Object>> history = db.sql("""
                SELECT h.action, h.changed_by, CAST(h.before ->> 'plantingYear' AS INTEGER) AS before_year,
                       CAST(h.after ->> 'plantingYear' AS INTEGER) AS after_year
                  FROM asset_history h JOIN asset a ON a.id = h.asset_id
                 WHERE a.external_id = 'TESTIMP-R1' ORDER BY h.id
                """).fetch().all().collectList().block();
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).containsEntry("action", "UPDATED").containsEntry("changed_by", "beheerder")
                .containsEntry("before_year", 1990).containsEntry("after_year", 1995);
    }

    @Test
    void aFileWithBadRowsStoresNothingAndNamesEveryError() {
        long assetsBefore = count("SELECT count(*) FROM asset");
        int nextYear = Year.now().getValue() + 1;
        String csv = HEADER
                + "TESTIMP-B1;TREE;;;;1;1990;TEST-IMPORT;;;;233000;557000;\n"           // valid
                + "TESTIMP-B2;PALM;;;;1;1990;TEST-IMPORT;;;;233000;557000;\n"           // unknown type
                + "TESTIMP-B3;LAWN;;;;-5;1990;TEST-IMPORT;;;;233000;557000;\n"          // negative quantity
                + "TESTIMP-B4;TREE;;;;0;" + nextYear + ";TEST-IMPORT;;;;233000;557000;\n" // zero and future
                + "TESTIMP-B5;TREE;;;;1;1700;TEST-IMPORT;;;;500000;557000;\n"           // before 1800, outside NL
                + "TESTIMP-B6;TREE;;;;1;1990;TEST-IMPORT;;;;6.56;52.99;EPSG:3857\n"     // unknown CRS
                + "TESTIMP-B7;TREE;;;;1;1990;TEST-IMPORT;;;;2.0;52.0;EPSG:4326\n"       // WGS84 outside NL
                + "TESTIMP-B1;TREE;;;;1;1990;TEST-IMPORT;;Z;;233000;557000;\n";         // duplicate id, bad condition
        post("medewerker", CSV, csv, "").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errorCount").isEqualTo(11)
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names).containsExactly(
                        "rows[2].type", "rows[3].quantity", "rows[4].plantingYear", "rows[4].quantity",
                        "rows[5].plantingYear", "rows[5].x", "rows[6].crs", "rows[7].x",
                        "rows[8].externalId", "rows[8].condition", "rows[8].inspectionDate"));
        assertThat(count("SELECT count(*) FROM asset")).isEqualTo(assetsBefore);
        assertThat(count("SELECT count(*) FROM asset_import")).isZero();
    }

    @Test
    void aCsvWithoutTheRequiredColumnsIsOneProblemNamingThem() {
        post("medewerker", CSV, "id,boomsoort,plantjaar\nTESTIMP-C1,Tilia,1990\n", "").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(1)
                .jsonPath("$.invalidParams[0].name").isEqualTo("columns")
                .jsonPath("$.invalidParams[0].reason").value(reason -> assertThat((String) reason)
                        .contains("district, x, y").doesNotContain("externalId,"));
        assertThat(count("SELECT count(*) FROM asset WHERE external_id LIKE 'TESTIMP-%'")).isZero();
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedAndNothingStored() {
        String geoJson = """
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
                 "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [233000, 557000]},
                   "properties": {"externalId": "TESTIMP-P1", "district": "TEST-IMPORT"}},
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[233000, 557000], [233010, 557010],
                        [233010, 557000], [233000, 557010], [233000, 557000]]]},
                   "properties": {"externalId": "TESTIMP-P2", "type": "LAWN", "district": "TEST-IMPORT"}}
                ]}
                """;
        post("medewerker", GEO_JSON, geoJson, "").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(1)
                .jsonPath("$.invalidParams[0].name").isEqualTo("rows[2].geometry")
                .jsonPath("$.invalidParams[0].reason").value(reason -> assertThat((String) reason).contains("snijdt zichzelf"));
        assertThat(count("SELECT count(*) FROM asset WHERE external_id LIKE 'TESTIMP-%'")).isZero();
    }

    @Test
    void anUnknownCrsForTheWholeFileAndAFileOverTheLimitAreRefused() {
        String csv = HEADER + "TESTIMP-L1;TREE;;;;1;1990;TEST-IMPORT;;;;233000;557000;\n";
        post("medewerker", CSV, csv, "?crs=EPSG:3857").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("crs");
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; big.length() <= 200_000; i++) {
            big.append("TESTIMP-L").append(i).append(";TREE;;;;1;1990;TEST-IMPORT;;;;233000;557000;\n");
        }
        post("medewerker", CSV, big.toString(), "").expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(count("SELECT count(*) FROM asset WHERE external_id LIKE 'TESTIMP-%'")).isZero();
    }

    @Test
    void onlyMedewerkerAndBeheerderImportAndWithoutATokenIt401s() {
        String csv = HEADER + "TESTIMP-M1;TREE;;;;1;1990;TEST-IMPORT;;;;233000;557000;\n";
        for (String role : ALL_ROLES) {
            WebTestClient.ResponseSpec response = post(role, CSV, csv, "");
            if (role.equals("medewerker") || role.equals("beheerder")) {
                response.expectStatus().isCreated();
            } else {
                response.expectStatus().isForbidden();
            }
        }
        client.post().uri(PATH).contentType(CSV).bodyValue(csv).exchange().expectStatus().isUnauthorized();
        assertThat(count("SELECT count(*) FROM asset WHERE external_id = 'TESTIMP-M1'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM asset_import")).isEqualTo(2);
    }
}
