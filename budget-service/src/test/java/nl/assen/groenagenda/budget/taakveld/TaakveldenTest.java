package nl.assen.groenagenda.budget.taakveld;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest
@AutoConfigureWebTestClient
class TaakveldenTest {

    @Autowired
    WebTestClient client;

    @Test
    void openbaarGroenIsTaakveld57UnderSportCultuurEnRecreatieInBbvOrder() {
        client.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_financieel-adviseur")))
                .get().uri("/api/budget/v1/taakvelden?pageSize=500")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].code").isEqualTo("0.4")
                .jsonPath("$.items[?(@.code == '5.7')].name").isEqualTo("Openbaar groen en (openlucht) recreatie")
                .jsonPath("$.items[?(@.code == '5.7')].mainTaskName").isEqualTo("Sport, cultuur en recreatie")
                .jsonPath("$.items[-1].code").isEqualTo("8.3");
    }
}
