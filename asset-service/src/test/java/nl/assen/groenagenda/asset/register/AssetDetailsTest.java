package nl.assen.groenagenda.asset.register;

import static nl.assen.groenagenda.asset.Jwts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest
@AutoConfigureWebTestClient
class AssetDetailsTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    private UUID idOf(String externalId) {
        return db.sql("SELECT id FROM asset WHERE external_id = :e").bind("e", externalId)
                .map(row -> row.get(0, UUID.class)).one().block();
    }

    @Test
    void aGeneratedTreeIsShownWithItsSpeciesAPointInWgs84AndTheSyntheticLabel() {
        client.mutateWith(as("raad")).get().uri("/api/assets/v1/assets/{id}", idOf("SYN-TREE-000001"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.externalId").isEqualTo("SYN-TREE-000001")
                .jsonPath("$.type").isEqualTo("TREE")
                .jsonPath("$.synthetic").isEqualTo(true)
                .jsonPath("$.species.scientificName").isNotEmpty()
                .jsonPath("$.species.dutchName").isNotEmpty()
                .jsonPath("$.unit").isEqualTo("STUKS")
                .jsonPath("$.geometry.type").isEqualTo("Point")
                .jsonPath("$.geometry.coordinates[0]").value(lon -> assertThat(((Number) lon).doubleValue()).isBetween(6.49, 6.64))
                .jsonPath("$.geometry.coordinates[1]").value(lat -> assertThat(((Number) lat).doubleValue()).isBetween(52.95, 53.04))
                .jsonPath("$.condition").value(c -> assertThat(c).isIn("A+", "A", "B", "C", "D"))
                .jsonPath("$.replacementDueYear").isNumber()
                .jsonPath("$.replacementValue").isNumber()
                .jsonPath("$.history").isArray();
    }

    @Test
    void aLawnIsShownAsAClosedPolygonWithoutSpecies() {
        client.mutateWith(as("medewerker")).get().uri("/api/assets/v1/assets/{id}", idOf("SYN-LAWN-000001"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.geometry.type").isEqualTo("Polygon")
                .jsonPath("$.geometry.coordinates[0].length()").isEqualTo(5)
                .jsonPath("$.geometry.coordinates[0][0]").value(first -> assertThat((List<?>) first).hasSize(2))
                .jsonPath("$.species").doesNotExist()
                .jsonPath("$.unit").isEqualTo("M2");
    }

    @Test
    void anUnknownOrMalformedIdIs404ProblemJson() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            client.mutateWith(as("medewerker")).get().uri("/api/assets/v1/assets/" + id)
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(404);
        }
    }
}
