package nl.assen.groenagenda.agenda.theme;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest
@AutoConfigureWebTestClient
class ThemesTest {

    @Autowired
    WebTestClient client;

    @Test
    void theAgendaServesTheFourGroenvisieComponentsAndTheThreeClimateThemes() {
        client.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_medewerker")))
                .get().uri("/api/agenda/v1/themes?pageSize=500")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(7)
                .jsonPath("$.items[?(@.vision == 'GROENVISIE')].code").value(codes ->
                        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) codes).hasSize(4))
                .jsonPath("$.items[?(@.code == 'FLOODING')].name").isEqualTo("Wateroverlast");
    }
}
