package nl.assen.groenagenda.asset.edit;

import static nl.assen.groenagenda.asset.Jwts.ALL_ROLES;
import static nl.assen.groenagenda.asset.Jwts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** Felling and pruning with the policy line, on trees of its own in district TEST-EDIT, removed afterwards. */
@SpringBootTest
@AutoConfigureWebTestClient
class InterventionTest {

    static final String SOLAR_POLICY =
            "urn:nl:assen:groenagenda:policy:groenvisie-2040:geen-kap-of-snoei-voor-particuliere-zonnepanelen";

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        db.sql("DELETE FROM asset WHERE district = :d").bind("d", AssetEditTest.DISTRICT).then().block();
    }

    private UUID tree(String protection) {
        Map<String, Object> body = new HashMap<>(AssetEditTest.tree());
        if (protection != null) {
            body.put("protectionStatus", protection);
        }
        return AssetEditTest.id(client.mutateWith(as("medewerker")).post().uri("/api/assets/v1/assets")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody().returnResult());
    }

    private WebTestClient.ResponseSpec intervene(String role, UUID tree, Map<String, Object> body) {
        return client.mutateWith(as(role)).post().uri("/api/assets/v1/assets/{id}/interventions", tree)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private long count(String sql, UUID id) {
        return db.sql(sql).bind("id", id).map(row -> row.get(0, Long.class)).one().block();
    }

    @Test
    void pruningForPrivateSolarPanelsIsRefusedCitingThePolicyAndNothingIsStored() {
        UUID tree = tree(null);
        for (String kind : new String[] {"PRUNING", "FELLING"}) {
            intervene("beheerder", tree, Map.of("kind", kind, "reason", "PRIVATE_SOLAR_PANELS",
                    "motivation", "Buurman wil meer zon op zijn dak", "plannedDate", "2026-03-01"))
                    .expectStatus().isEqualTo(422)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(SOLAR_POLICY)
                    .jsonPath("$.status").isEqualTo(422)
                    .jsonPath("$.reason").isEqualTo("PRIVATE_SOLAR_PANELS")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("Gemeentelijke bomen worden niet gekapt of gesnoeid voor zonnepanelen van particulieren")
                            .contains("Groenvisie Assen 2040")
                            .contains("raadsvoorstel 21 december 2023")
                            .contains("een beleidsnotitie volgt"));
        }
        assertThat(count("SELECT count(*) FROM asset_intervention WHERE asset_id = :id", tree)).isZero();
        assertThat(count("SELECT count(*) FROM asset_history WHERE asset_id = :id", tree)).as("only its creation").isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesToStoreARefusedReason() {
        UUID tree = tree(null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.sql("""
                        INSERT INTO asset_intervention (asset_id, kind, reason_code, recorded_by)
                        VALUES (:id, 'PRUNING', 'PRIVATE_SOLAR_PANELS', 'test')""").bind("id", tree).then().block())
                .hasMessageContaining("asset_intervention");
    }

    @Test
    void anAllowedFellingIsStoredListedAndAudited() {
        UUID tree = tree(null);
        intervene("medewerker", tree, Map.of("kind", "FELLING", "reason", "DISEASE",
                "motivation", "Essentaksterfte, kroon voor 70% afgestorven", "plannedDate", "2026-02-15"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.kind").isEqualTo("FELLING")
                .jsonPath("$.reason").isEqualTo("DISEASE")
                .jsonPath("$.plannedDate").isEqualTo("2026-02-15")
                .jsonPath("$.recordedBy").isEqualTo("medewerker");

        client.mutateWith(as("raad")).get().uri("/api/assets/v1/assets/{id}/interventions", tree).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].kind").isEqualTo("FELLING")
                .jsonPath("$.items[0].motivation").isEqualTo("Essentaksterfte, kroon voor 70% afgestorven");
        client.mutateWith(as("financieel-adviseur")).get().uri("/api/assets/v1/assets/{id}", tree).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.history.length()").isEqualTo(2)
                .jsonPath("$.history[0].action").isEqualTo("INTERVENTION")
                .jsonPath("$.history[0].by").isEqualTo("medewerker")
                .jsonPath("$.history[0].reason").value(reason -> assertThat((String) reason)
                        .startsWith("Kap: ").contains("Essentaksterfte"))
                .jsonPath("$.history[0].after.intervention.reason").isEqualTo("DISEASE")
                .jsonPath("$.history[0].after.intervention.kind").isEqualTo("FELLING");
    }

    @Test
    void fellingAMonumentalTreeNeedsAMotivationPruningItDoesNot() {
        UUID tree = tree("MONUMENTAL");
        intervene("beheerder", tree, Map.of("kind", "FELLING", "reason", "SAFETY_RISK"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(1)
                .jsonPath("$.invalidParams[0].name").isEqualTo("motivation");
        assertThat(count("SELECT count(*) FROM asset_intervention WHERE asset_id = :id", tree)).isZero();
        intervene("beheerder", tree, Map.of("kind", "PRUNING", "reason", "SAFETY_RISK")).expectStatus().isCreated();
        intervene("beheerder", tree, Map.of("kind", "FELLING", "reason", "SAFETY_RISK",
                "motivation", "Stamvoetrot, VTA-rapport 2025-114")).expectStatus().isCreated();
        assertThat(count("SELECT count(*) FROM asset_intervention WHERE asset_id = :id", tree)).isEqualTo(2);
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        UUID tree = tree(null);
        intervene("medewerker", tree, Map.of("kind", "UPROOTING", "reason", "BORED", "plannedDate", "morgen", "colour", "red"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((java.util.List<String>) names)
                        .containsExactlyInAnyOrder("kind", "reason", "plannedDate", "colour"));
    }

    @Test
    void theReasonsAreAFixedListAndOnlyEditorsRecordInterventions() {
        client.mutateWith(as("raad")).get().uri("/api/assets/v1/intervention-reasons").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(7)
                .jsonPath("$.items[?(@.code == 'PRIVATE_SOLAR_PANELS')].permitted").isEqualTo(false)
                .jsonPath("$.items[?(@.code == 'PRIVATE_SOLAR_PANELS')].policyType").isEqualTo(SOLAR_POLICY)
                .jsonPath("$.items[?(@.code == 'DISEASE')].permitted").isEqualTo(true);
        UUID tree = tree(null);
        for (String role : ALL_ROLES) {
            boolean editor = role.equals("medewerker") || role.equals("beheerder");
            intervene(role, tree, Map.of("kind", "PRUNING", "reason", "NUISANCE_ASSESSED"))
                    .expectStatus().isEqualTo(editor ? 201 : 403);
            client.mutateWith(as(role)).get().uri("/api/assets/v1/assets/{id}/interventions", tree).exchange()
                    .expectStatus().isOk();
        }
        client.post().uri("/api/assets/v1/assets/{id}/interventions", tree).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "PRUNING", "reason", "NUISANCE_ASSESSED")).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/api/assets/v1/assets/{id}/interventions", tree).exchange().expectStatus().isUnauthorized();
        assertThat(count("SELECT count(*) FROM asset_intervention WHERE asset_id = :id", tree)).isEqualTo(2);
    }
}
