package nl.assen.groenagenda.asset.norm;

import static nl.assen.groenagenda.asset.Jwts.ALL_ROLES;
import static nl.assen.groenagenda.asset.Jwts.as;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who may read the register's new endpoints: every staff role and the council; nobody without a token. */
@SpringBootTest
@AutoConfigureWebTestClient
class RegisterRoleMatrixTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    private List<String> readEndpoints() {
        UUID tree = db.sql("SELECT id FROM asset WHERE external_id = 'SYN-TREE-000001'")
                .map(row -> row.get(0, UUID.class)).one().block();
        return List.of("/api/assets/v1/cost-norms", "/api/assets/v1/summary", "/api/assets/v1/assets/" + tree);
    }

    @Test
    void everyStaffRoleAndTheCouncilReadTheNormsTheSummaryAndAnAsset() {
        for (String endpoint : readEndpoints()) {
            for (String role : ALL_ROLES) {
                client.mutateWith(as(role)).get().uri(endpoint).exchange().expectStatus().isOk();
            }
        }
    }

    @Test
    void withoutATokenEveryNewEndpointIs401ProblemJson() {
        for (String endpoint : readEndpoints()) {
            client.get().uri(endpoint).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*");
        }
    }

    @Test
    void theNormsAreAListWithPagingLinksAndEveryNormsFigures() {
        client.mutateWith(as("raad")).get().uri("/api/assets/v1/cost-norms?page=1&pageSize=5")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.LINK, link -> org.assertj.core.api.Assertions.assertThat(link)
                        .contains("rel=\"next\"").contains("rel=\"last\""))
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(5)
                .jsonPath("$.totalItems").isEqualTo(12)
                .jsonPath("$.items[0].subtype").isEqualTo("TREE_IN_GREEN")
                .jsonPath("$.items[0].unitCost").isEqualTo(500.00)
                .jsonPath("$.items[0].unit").isEqualTo("STUKS")
                .jsonPath("$.items[0].lifespanYears").isEqualTo(60)
                .jsonPath("$.items[0].priceLevelYear").isEqualTo(2023)
                .jsonPath("$.items[0].source").isNotEmpty();
        client.mutateWith(as("raad")).get().uri("/api/assets/v1/cost-norms?page=0&pageSize=501")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(2);
    }

    @Test
    void theAssetTypesStayClosedToTheCouncil() {
        client.mutateWith(as("raad")).get().uri("/api/assets/v1/asset-types").exchange().expectStatus().isForbidden();
    }
}
