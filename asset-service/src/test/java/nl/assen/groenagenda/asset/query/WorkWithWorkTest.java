package nl.assen.groenagenda.asset.query;

import static nl.assen.groenagenda.asset.Jwts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.assen.groenagenda.asset.geo.RdNew;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest
@AutoConfigureWebTestClient
class WorkWithWorkTest {

    static final String WORK = "/api/assets/v1/work-with-work";

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    JsonNode get(String uri) {
        return client.mutateWith(as("afdelingsmanager")).get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void aRoadProjectInMarsdijkIn2027ListsWhatFallsDueAndItsTotalsAreTheSumOfItsItems() {
        String question = WORK + "?district=Marsdijk&fromYear=2027&toYear=2029&withinYears=5&pageSize=500";
        JsonNode first = get(question);
        long count = first.get("totals").get("count").asLong();
        BigDecimal value = first.get("totals").get("replacementValue").decimalValue();
        Object[] sql = db.sql("""
                        SELECT count(*), sum(replacement_value) FROM asset
                         WHERE district = 'Marsdijk' AND status = 'PRESENT' AND replacement_due_year <= 2034""")
                .map(row -> new Object[] {row.get(0, Long.class), row.get(1, BigDecimal.class)}).one().block();
        assertThat(count).isEqualTo((Long) sql[0]).isPositive().isLessThan(db.sql("SELECT count(*) FROM asset WHERE district = 'Marsdijk'")
                .map(row -> row.get(0, Long.class)).one().block());
        assertThat(value).isEqualByComparingTo((BigDecimal) sql[1]);
        assertThat(first.get("dueUpTo").asInt()).isEqualTo(2034);
        assertThat(first.get("area").get("district").asText()).isEqualTo("Marsdijk");

        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        long overdueCount = 0;
        Set<String> ids = new HashSet<>();
        int previousDue = Integer.MIN_VALUE;
        for (int page = 1; page <= first.get("totalPages").asInt(); page++) {
            JsonNode body = page == 1 ? first : get(question + "&page=" + page);
            assertThat(body.get("totals")).isEqualTo(first.get("totals"));
            for (JsonNode item : body.get("items")) {
                assertThat(ids.add(item.get("id").asText())).isTrue();
                assertThat(item.get("district").asText()).isEqualTo("Marsdijk");
                assertThat(item.get("status").asText()).isEqualTo("PRESENT");
                int due = item.get("dueYear").asInt();
                assertThat(due).isLessThanOrEqualTo(2034).isGreaterThanOrEqualTo(previousDue);
                previousDue = due;
                assertThat(item.get("timing").asText())
                        .isEqualTo(due < 2027 ? "OVERDUE" : due <= 2029 ? "DURING_WORK" : "WITHIN_YEARS_AFTER");
                BigDecimal itemValue = item.get("replacementValue").decimalValue();
                sum = sum.add(itemValue);
                if (due < 2027) {
                    overdue = overdue.add(itemValue);
                    overdueCount++;
                }
            }
        }
        assertThat(ids).hasSize((int) count);
        assertThat(sum).isEqualByComparingTo(value);
        assertThat(overdue).isEqualByComparingTo(first.get("totals").get("overdueValue").decimalValue());
        assertThat(overdueCount).isEqualTo(first.get("totals").get("overdueCount").asLong());
        // A wider horizon never finds less.
        assertThat(get(WORK + "?district=Marsdijk&fromYear=2027&toYear=2029&withinYears=10").get("totals").get("count").asLong())
                .isGreaterThanOrEqualTo(count);
    }

    @Test
    void aBoxFindsTheDueAssetsWhosePositionIsInside() {
        double minLon = 6.545;
        double minLat = 53.005;
        double maxLon = 6.56;
        double maxLat = 53.015;
        JsonNode body = get(WORK + "?bbox=" + minLon + "," + minLat + "," + maxLon + "," + maxLat
                + "&fromYear=2027&toYear=2027&withinYears=0&pageSize=500");
        List<Object[]> rows = db.sql("""
                        SELECT rd_x, rd_y, replacement_value FROM asset WHERE status = 'PRESENT' AND replacement_due_year <= 2027""")
                .map(row -> new Object[] {row.get(0, BigDecimal.class), row.get(1, BigDecimal.class), row.get(2, BigDecimal.class)})
                .all().collectList().block();
        long count = 0;
        BigDecimal value = BigDecimal.ZERO;
        for (Object[] row : rows) {
            RdNew.Wgs84 w = RdNew.toWgs84(((BigDecimal) row[0]).doubleValue(), ((BigDecimal) row[1]).doubleValue());
            if (w.longitude() >= minLon && w.longitude() <= maxLon && w.latitude() >= minLat && w.latitude() <= maxLat) {
                count++;
                value = value.add((BigDecimal) row[2]);
            }
        }
        assertThat(count).isPositive();
        assertThat(body.get("totals").get("count").asLong()).isEqualTo(count);
        assertThat(body.get("totals").get("replacementValue").decimalValue()).isEqualByComparingTo(value);
        assertThat(body.get("area").get("bbox").size()).isEqualTo(4);
    }

    @Test
    void everyInvalidParameterIsNamedAtOnce() {
        client.mutateWith(as("raad")).get().uri(WORK + "?fromYear=1700&toYear=x&withinYears=-1&pageSize=0")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("bbox", "fromYear", "toYear", "withinYears", "pageSize"));
        client.mutateWith(as("raad")).get().uri(WORK + "?district=Peelo&bbox=6.5,53,6.6,53.1&fromYear=2029&toYear=2027")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("district", "toYear"));
        client.mutateWith(as("raad")).get().uri(WORK + "?district=Peelo")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("fromYear", "toYear"));
    }
}
