package nl.assen.groenagenda.asset.summary;

import static nl.assen.groenagenda.asset.Jwts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest
@AutoConfigureWebTestClient
class SummaryTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Test
    void theTotalIsTheSumOfTheGroupsAndTheRegistersTotalAndIsLabelledSynthetic() {
        Summary summary = client.mutateWith(as("raad")).get().uri("/api/assets/v1/summary")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Summary.class).returnResult().getResponseBody();
        assertThat(summary).isNotNull();
        BigDecimal groups = summary.groups().stream().map(Summary.Group::replacementValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        long count = summary.groups().stream().mapToLong(Summary.Group::count).sum();
        BigDecimal register = db.sql("SELECT sum(replacement_value) FROM asset WHERE status = 'PRESENT'")
                .map(row -> row.get(0, BigDecimal.class)).one().block();
        assertThat(summary.totalReplacementValue()).isEqualByComparingTo(groups).isEqualByComparingTo(register);
        assertThat(summary.totalCount()).isEqualTo(count);
        assertThat(summary.totalReplacementValue()).isBetween(new BigDecimal("55440000"), new BigDecimal("56560000"));
        assertThat(summary.synthetic()).isTrue();
        // 12 districts x 7 types, each with its unit.
        assertThat(summary.groups()).hasSize(84);
        assertThat(summary.groups()).allSatisfy(group -> assertThat(group.unit()).isIn("STUKS", "M2"));
        assertThat(summary.groups().stream().filter(g -> g.type().equals("TREE")).mapToLong(Summary.Group::count).sum())
                .isEqualTo(47_000);
    }

    @Test
    void theRememberedSummaryFollowsEveryChangeOfTheRegister() {
        long before = summary().totalCount();
        try {
            db.sql("""
                    INSERT INTO asset (id, external_id, type_code, subtype_code, quantity, geometry_kind, rd_x, rd_y,
                                       district, planting_year, expected_lifespan_years, status, replacement_value,
                                       created_by, updated_by)
                    VALUES (gen_random_uuid(), 'SUM-1', 'HEDGE', 'HEDGE', 10, 'POINT', 233000, 557000, 'Somwijk', 2000, 30,
                            'PRESENT', 400, 'test', 'test')
                    """).then().block();
            Summary after = summary();
            assertThat(after.totalCount()).isEqualTo(before + 1);
            assertThat(after.groups()).anySatisfy(group -> assertThat(group.district()).isEqualTo("Somwijk"));
            assertThat(summary().totalCount()).isEqualTo(before + 1); // remembered at this version
        } finally {
            db.sql("DELETE FROM asset WHERE external_id = 'SUM-1'").then().block();
        }
        assertThat(summary().totalCount()).isEqualTo(before);
    }

    private Summary summary() {
        return client.mutateWith(as("raad")).get().uri("/api/assets/v1/summary").exchange()
                .expectStatus().isOk().expectBody(Summary.class).returnResult().getResponseBody();
    }
}
