package nl.assen.groenagenda.asset.norm;

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
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Norm changes, on norms and assets of their own (two test subtypes of HEDGE), so the generated
 * register and the other tests are unaffected; everything is removed afterwards.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class CostNormChangeTest {

    private static final UUID A1 = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    private static final UUID A2 = UUID.fromString("00000000-0000-4000-8000-00000000a002");
    private static final UUID A3 = UUID.fromString("00000000-0000-4000-8000-00000000a003");
    private static final UUID B1 = UUID.fromString("00000000-0000-4000-8000-00000000b001");

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    UUID normA;

    @BeforeEach
    void ownNormsAndAssets() {
        cleanUp();
        run("""
                INSERT INTO asset_subtype (code, type_code, name, sort_order) VALUES
                    ('TEST_HEDGE_A', 'HEDGE', 'Testhaag A', 9001), ('TEST_HEDGE_B', 'HEDGE', 'Testhaag B', 9002)""");
        run("""
                INSERT INTO cost_norm (subtype_code, unit_cost, lifespan_years, price_level_year, source) VALUES
                    ('TEST_HEDGE_A', 40.00, 30, 2023, 'test'), ('TEST_HEDGE_B', 40.00, 30, 2023, 'test')""");
        run("""
                INSERT INTO asset (id, external_id, type_code, subtype_code, quantity, geometry_kind, rd_x, rd_y, geometry_rd,
                                   district, planting_year, expected_lifespan_years, lifespan_from_norm, status,
                                   replacement_value, created_by, updated_by) VALUES
                  ('%s', 'TEST-NORM-A1', 'HEDGE', 'TEST_HEDGE_A', 12.34, 'POLYGON', 233000, 557000, '[[[0,0],[1,0],[1,1],[0,0]]]', 'Centrum', 2000, 30, true,  'PRESENT', 493.60, 'test', 'test'),
                  ('%s', 'TEST-NORM-A2', 'HEDGE', 'TEST_HEDGE_A', 7.50,  'POLYGON', 233000, 557000, '[[[0,0],[1,0],[1,1],[0,0]]]', 'Centrum', 2000, 30, true,  'PRESENT', 300.00, 'test', 'test'),
                  ('%s', 'TEST-NORM-A3', 'HEDGE', 'TEST_HEDGE_A', 100,   'POLYGON', 233000, 557000, '[[[0,0],[1,0],[1,1],[0,0]]]', 'Centrum', 2000, 45, false, 'PRESENT', 4000.00, 'test', 'test'),
                  ('%s', 'TEST-NORM-B1', 'HEDGE', 'TEST_HEDGE_B', 10,    'POLYGON', 233000, 557000, '[[[0,0],[1,0],[1,1],[0,0]]]', 'Centrum', 2000, 30, true,  'PRESENT', 400.00, 'test', 'test')
                """.formatted(A1, A2, A3, B1));
        normA = db.sql("SELECT id FROM cost_norm WHERE subtype_code = 'TEST_HEDGE_A'").map(row -> row.get(0, UUID.class)).one().block();
    }

    @AfterEach
    void cleanUp() {
        run("DELETE FROM asset WHERE subtype_code LIKE 'TEST\\_HEDGE\\_%'");
        run("DELETE FROM cost_norm_change WHERE cost_norm_id IN (SELECT id FROM cost_norm WHERE subtype_code LIKE 'TEST\\_HEDGE\\_%')");
        run("DELETE FROM cost_norm WHERE subtype_code LIKE 'TEST\\_HEDGE\\_%'");
        run("DELETE FROM asset_subtype WHERE code LIKE 'TEST\\_HEDGE\\_%'");
    }

    private void run(String sql) {
        db.sql(sql).then().block();
    }

    private BigDecimal value(UUID asset) {
        return db.sql("SELECT replacement_value FROM asset WHERE id = :id").bind("id", asset)
                .map(row -> row.get(0, BigDecimal.class)).one().block();
    }

    private BigDecimal everyOtherAssetsValue() {
        return db.sql("SELECT sum(replacement_value) FROM asset WHERE subtype_code <> 'TEST_HEDGE_A'")
                .map(row -> row.get(0, BigDecimal.class)).one().block();
    }

    @Test
    void aChangeByTheBeheerderRevaluesExactlyTheAssetsOfItsNormRoundingHalfUpToCentsAndIsAudited() {
        BigDecimal othersBefore = everyOtherAssetsValue();
        client.mutateWith(as("beheerder")).put().uri("/api/assets/v1/cost-norms/{id}", normA)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitCost", 41.37, "lifespanYears", 35, "reason", "Nieuwe aanbesteding 2025"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.costNorm.unitCost").isEqualTo(41.37)
                .jsonPath("$.costNorm.lifespanYears").isEqualTo(35)
                .jsonPath("$.costNorm.updatedBy").isEqualTo("beheerder")
                .jsonPath("$.revaluation.affectedAssets").isEqualTo(3)
                .jsonPath("$.revaluation.valueBefore").isEqualTo(4793.60)
                .jsonPath("$.revaluation.valueAfter").isEqualTo(4957.79);

        // 12.34 x 41.37 = 510.5058; 7.50 x 41.37 = 310.275 (a half cent: up); 100 x 41.37 = 4137.
        assertThat(value(A1)).isEqualByComparingTo("510.51");
        assertThat(value(A2)).isEqualByComparingTo("310.28");
        assertThat(value(A3)).isEqualByComparingTo("4137.00");
        assertThat(value(B1)).isEqualByComparingTo("400.00");
        assertThat(everyOtherAssetsValue()).isEqualByComparingTo(othersBefore);
        assertThat(db.sql("SELECT expected_lifespan_years FROM asset WHERE id IN (:ids) ORDER BY external_id")
                .bind("ids", List.of(A1, A2, A3)).map(row -> row.get(0, Integer.class)).all().collectList().block())
                .as("the norm's lifespan carries over, except where the asset has its own").containsExactly(35, 35, 45);

        Map<String, Object> audit = db.sql("""
                        SELECT changed_by, reason, CAST(before AS TEXT) AS before, CAST(after AS TEXT) AS after,
                               affected_assets, value_before, value_after
                          FROM cost_norm_change WHERE cost_norm_id = :id""")
                .bind("id", normA)
                .map(row -> Map.<String, Object>of("by", row.get("changed_by", String.class),
                        "reason", row.get("reason", String.class), "before", row.get("before", String.class),
                        "after", row.get("after", String.class), "affected", row.get("affected_assets", Integer.class),
                        "valueAfter", row.get("value_after", BigDecimal.class)))
                .one().block();
        assertThat(audit).containsEntry("by", "beheerder").containsEntry("reason", "Nieuwe aanbesteding 2025")
                .containsEntry("affected", 3);
        assertThat((String) audit.get("before")).contains("\"unitCost\": 40.00").contains("\"lifespanYears\": 30");
        assertThat((String) audit.get("after")).contains("\"unitCost\": 41.37").contains("\"lifespanYears\": 35");
        assertThat((BigDecimal) audit.get("valueAfter")).isEqualByComparingTo("4957.79");
    }

    @Test
    void aRevaluedAssetShowsTheChangeInItsHistory() {
        client.mutateWith(as("beheerder")).put().uri("/api/assets/v1/cost-norms/{id}", normA)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitCost", 41.37, "reason", "Indexering prijspeil"))
                .exchange()
                .expectStatus().isOk();
        client.mutateWith(as("financieel-adviseur")).get().uri("/api/assets/v1/assets/{id}", A2)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.replacementValue").isEqualTo(310.28)
                .jsonPath("$.synthetic").isEqualTo(false)
                .jsonPath("$.history.length()").isEqualTo(1)
                .jsonPath("$.history[0].action").isEqualTo("REVALUED")
                .jsonPath("$.history[0].by").isEqualTo("beheerder")
                .jsonPath("$.history[0].reason").isEqualTo("Indexering prijspeil")
                .jsonPath("$.history[0].before.replacementValue").isEqualTo(300.00)
                .jsonPath("$.history[0].after.replacementValue").isEqualTo(310.28)
                .jsonPath("$.history[0].at").isNotEmpty();
    }

    @Test
    void otherRolesAreForbiddenAndNothingChanges() {
        for (String role : List.of("medewerker", "afdelingsmanager", "financieel-adviseur", "raad")) {
            client.mutateWith(as(role)).put().uri("/api/assets/v1/cost-norms/{id}", normA)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("unitCost", 99, "reason", "mag niet"))
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client.put().uri("/api/assets/v1/cost-norms/{id}", normA)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitCost", 99, "reason", "mag niet"))
                .exchange()
                .expectStatus().isUnauthorized();
        assertThat(value(A1)).isEqualByComparingTo("493.60");
    }

    @Test
    void anInvalidBodyNamesEveryInvalidFieldAndChangesNothing() {
        client.mutateWith(as("beheerder")).put().uri("/api/assets/v1/cost-norms/{id}", normA)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unitCost\": \"veel\", \"lifespanYears\": 0, \"reason\": \"  \"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(3)
                .jsonPath("$.invalidParams[0].name").isEqualTo("unitCost")
                .jsonPath("$.invalidParams[1].name").isEqualTo("lifespanYears")
                .jsonPath("$.invalidParams[2].name").isEqualTo("reason");
        client.mutateWith(as("beheerder")).put().uri("/api/assets/v1/cost-norms/{id}", normA)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unitCost\": 12.345}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(2)
                .jsonPath("$.invalidParams[0].name").isEqualTo("unitCost")
                .jsonPath("$.invalidParams[1].name").isEqualTo("reason");
        client.mutateWith(as("beheerder")).put().uri("/api/assets/v1/cost-norms/{id}", normA)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unitCost\": -5, \"reason\": \"x\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("unitCost");
        assertThat(value(A1)).isEqualByComparingTo("493.60");
        assertThat(db.sql("SELECT count(*) FROM cost_norm_change WHERE cost_norm_id = :id").bind("id", normA)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void anUnknownNormIs404ProblemJson() {
        client.mutateWith(as("beheerder")).put().uri("/api/assets/v1/cost-norms/{id}", UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitCost", 10, "reason", "bestaat niet"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }
}
