package nl.assen.groenagenda.asset.planning;

import static nl.assen.groenagenda.asset.Jwts.ALL_ROLES;
import static nl.assen.groenagenda.asset.Jwts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Replacement plans against the generated register in PostgreSQL. */
@SpringBootTest
@AutoConfigureWebTestClient
class ReplacementPlanApiTest {

    static final String PATH = "/api/assets/v1/replacement-plans";

    WebTestClient client;

    @Autowired
    void client(WebTestClient webTestClient) {
        this.client = webTestClient.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    private ReplacementPlan post(String role, Object body) {
        return client.mutateWith(as(role)).post().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().is2xxSuccessful()
                .expectBody(ReplacementPlan.class).returnResult().getResponseBody();
    }

    @Test
    void theDefaultPlanRenewsTenPercentInTwentyYearsAndShowsTheGap() {
        // Its speed is a benchmark's business, not a test's (a timed test fails on a busy machine).
        ReplacementPlan plan = post("raad", Map.of("startYear", 2026));
        assertThat(plan.parameters().years()).isEqualTo(20);
        assertThat(plan.parameters().annualBudget()).isEqualByComparingTo("280000");
        assertThat(plan.parameters().strategy()).isEqualTo(PlanStrategy.OLDEST_PAST_END_OF_LIFE_FIRST);
        assertThat(plan.synthetic()).isTrue();
        assertThat(plan.years()).hasSize(20);
        assertThat(plan.years()).allSatisfy(y -> assertThat(y.spent()).isLessThanOrEqualTo(new BigDecimal("280000")));
        assertThat(plan.years().get(19).year()).isEqualTo(2045);
        // 10% within half a percentage point, and practically all of 20 x 280,000 spent.
        assertThat(plan.replacedShare()).isBetween(new BigDecimal("0.095"), new BigDecimal("0.105"));
        BigDecimal ideal = new BigDecimal("5600000").divide(plan.stockValue(), 6, java.math.RoundingMode.HALF_UP);
        assertThat(plan.replacedShare().subtract(ideal).abs()).isLessThan(new BigDecimal("0.001"));
        assertThat(plan.totalSpent()).isGreaterThan(new BigDecimal("5500000"));
        // The gap: the need is several times the budget and the backlog grows.
        assertThat(plan.theoreticalAnnualNeed()).isGreaterThan(new BigDecimal("1000000"));
        assertThat(plan.finalBacklogValue()).isGreaterThan(plan.years().get(0).backlogValue());
        assertThat(plan.finalBacklogValue()).isGreaterThan(new BigDecimal("5000000"));
        assertThat(plan.stockValue()).isBetween(new BigDecimal("55440000"), new BigDecimal("56560000"));

        ReplacementPlan defaults = post("medewerker", Map.of());
        assertThat(defaults.parameters().startYear()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear());
        assertThat(post("raad", Map.of("startYear", 2026)).years()).isEqualTo(plan.years());
    }

    @Test
    void twoSavedPlansAreComparedYearByYearAndExportedAsCsv() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String low = "basis-" + suffix;
        String high = "dubbel-" + suffix;
        client.mutateWith(as("financieel-adviseur")).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startYear", 2026, "name", low)).exchange()
                .expectStatus().isCreated()
                .expectHeader().location(PATH + "/" + low)
                .expectBody().jsonPath("$.savedBy").isEqualTo("financieel-adviseur").jsonPath("$.savedAt").isNotEmpty();
        client.mutateWith(as("beheerder")).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startYear", 2026, "annualBudget", 560000, "name", high, "strategy", "WORST_CONDITION_FIRST"))
                .exchange().expectStatus().isCreated();
        client.mutateWith(as("medewerker")).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", low)).exchange()
                .expectStatus().isEqualTo(409);

        ReplacementPlan saved = client.mutateWith(as("raad")).get().uri(PATH + "/" + low).exchange()
                .expectStatus().isOk().expectBody(ReplacementPlan.class).returnResult().getResponseBody();
        assertThat(saved.name()).isEqualTo(low);
        assertThat(saved.savedBy()).isEqualTo("financieel-adviseur");
        assertThat(saved.years()).hasSize(20);

        PlanComparison comparison = client.mutateWith(as("raad")).get()
                .uri(PATH + "/comparison?a=" + low + "&b=" + high).exchange()
                .expectStatus().isOk().expectBody(PlanComparison.class).returnResult().getResponseBody();
        assertThat(comparison.years()).hasSize(20);
        assertThat(comparison.b().replacedShare()).isBetween(new BigDecimal("0.19"), new BigDecimal("0.21"));
        assertThat(comparison.years()).allSatisfy(year -> {
            assertThat(year.difference().budget()).isEqualByComparingTo("280000");
            assertThat(year.difference().spent()).isEqualByComparingTo(year.b().spent().subtract(year.a().spent()));
        });
        assertThat(comparison.years().get(19).difference().backlogValue()).isNegative();
        assertThat(comparison.totalDifference().replacedValue()).isGreaterThan(new BigDecimal("5400000"));

        String csv = client.mutateWith(as("raad")).get().uri(PATH + "/" + low).accept(MediaType.valueOf("text/csv"))
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.valueOf("text/csv"))
                .expectBody(String.class).returnResult().getResponseBody();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(21);
        assertThat(lines[0]).isEqualTo(PlanCsv.HEADER);
        ReplacementPlan.Year first = saved.years().get(0);
        assertThat(lines[1]).startsWith("2026;280000,00;" + first.spent().toPlainString().replace('.', ',') + ";")
                .endsWith(";OLDEST_PAST_END_OF_LIFE_FIRST;ja");

        client.mutateWith(as("raad")).get().uri(PATH + "/comparison?a=" + low + "&b=bestaat-niet").exchange()
                .expectStatus().isNotFound();
        client.mutateWith(as("raad")).get().uri(PATH + "/comparison").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams.length()").isEqualTo(2);
    }

    @Test
    void savedPlansAreListedNewestFirstWithWhatTheyWereComputedWith() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String older = "lijst-a-" + suffix;
        String newer = "lijst-b-" + suffix;
        ReplacementPlan first = client.mutateWith(as("medewerker")).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startYear", 2027, "years", 5, "name", older)).exchange()
                .expectStatus().isCreated().expectBody(ReplacementPlan.class).returnResult().getResponseBody();
        ReplacementPlan second = client.mutateWith(as("beheerder")).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startYear", 2026, "years", 3, "annualBudget", 560000, "strategy", "HEAT_STRESS_DISTRICTS_FIRST",
                        "name", newer)).exchange()
                .expectStatus().isCreated().expectBody(ReplacementPlan.class).returnResult().getResponseBody();

        for (String role : ALL_ROLES) {
            PagedSavedPlans list = client.mutateWith(as(role)).get().uri(PATH + "?pageSize=500").exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueMatches("Link", ".*rel=\"first\".*")
                    .expectBody(PagedSavedPlans.class).returnResult().getResponseBody();
            List<String> names = list.items().stream().map(SavedPlan::name).toList();
            assertThat(names).containsSubsequence(newer, older);
            assertThat(list.totalItems()).isGreaterThanOrEqualTo(2);
            SavedPlan listed = list.items().get(names.indexOf(newer));
            assertThat(listed).isEqualTo(new SavedPlan(newer, 2026, 3, new BigDecimal("560000.00"),
                    PlanStrategy.HEAT_STRESS_DISTRICTS_FIRST, second.stockValue(), second.totalReplacedValue(),
                    second.replacedShare(), second.finalBacklogValue(), true, "beheerder", second.savedAt()));
            assertThat(list.items().get(names.indexOf(older)).savedBy()).isEqualTo("medewerker");
            assertThat(list.items().get(names.indexOf(older)).annualBudget()).isEqualByComparingTo(first.parameters().annualBudget());
        }

        PagedSavedPlans one = client.mutateWith(as("raad")).get().uri(PATH + "?page=1&pageSize=1").exchange()
                .expectStatus().isOk().expectBody(PagedSavedPlans.class).returnResult().getResponseBody();
        assertThat(one.items()).hasSize(1);
        assertThat(one.totalPages()).isEqualTo(one.totalItems());
        client.mutateWith(as("raad")).get().uri(PATH + "?page=0&pageSize=501").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(2);
    }

    record PagedSavedPlans(List<SavedPlan> items, int page, int pageSize, long totalItems, int totalPages) {
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        client.mutateWith(as("medewerker")).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startYear", 1999, "years", 51, "annualBudget", new BigDecimal("10.001"),
                        "strategy", "CHEAPEST_FIRST", "name", "comparison", "includeAssetIds", "yes"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(6)
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((Iterable<Object>) names)
                        .containsExactlyInAnyOrder((Object[]) new String[] {"startYear", "years", "annualBudget", "strategy", "name", "includeAssetIds"}));
        client.mutateWith(as("medewerker")).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startYear", "2026", "years", 0, "annualBudget", -1))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(3);
    }

    @Test
    void everyRoleComputesAndReadsTheCouncilCannotSaveAndNobodyWithoutAToken() {
        for (String role : ALL_ROLES) {
            client.mutateWith(as(role)).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("startYear", 2026, "years", 1, "includeAssetIds", true)).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.years[0].assetIds.length()").value(n -> assertThat((Integer) n).isPositive());
        }
        client.mutateWith(as("raad")).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startYear", 2026, "name", "raad-" + UUID.randomUUID().toString().substring(0, 8)))
                .exchange().expectStatus().isForbidden();
        client.mutateWith(as("afdelingsmanager")).post().uri(PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startYear", 2026, "years", 1, "name", "am-" + UUID.randomUUID().toString().substring(0, 8)))
                .exchange().expectStatus().isCreated();
        client.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri(PATH + "/whatever").exchange().expectStatus().isUnauthorized();
        client.get().uri(PATH).exchange().expectStatus().isUnauthorized();
        client.get().uri(PATH + "/comparison?a=x&b=y").exchange().expectStatus().isUnauthorized();
        client.mutateWith(as("raad")).get().uri(PATH + "/bestaat-niet").exchange().expectStatus().isNotFound();
    }
}
