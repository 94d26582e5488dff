package nl.assen.groenagenda.asset.type;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest
@AutoConfigureWebTestClient
class AssetTypesTest {

    @Autowired
    WebTestClient client;

    @Test
    void theRegisterKnowsTheSevenKindsOfGreenOfTheIssueWithTheirUnits() {
        client.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_medewerker")))
                .get().uri("/api/assets/v1/asset-types?pageSize=500")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(7)
                .jsonPath("$.items[0].code").isEqualTo("TREE")
                .jsonPath("$.items[0].name").isEqualTo("Boom")
                .jsonPath("$.items[0].unit").isEqualTo("STUKS")
                .jsonPath("$.items[?(@.code == 'LAWN')].unit").isEqualTo("M2")
                .jsonPath("$.items[?(@.code == 'HERB_RICH_GRASS')].name").isEqualTo("Kruidenrijk gras en berm");
    }
}
