package nl.assen.groenagenda.budget.reservation;

import static nl.assen.groenagenda.budget.support.Callers.finance;
import static nl.assen.groenagenda.budget.support.Callers.workflowServiceAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.assen.groenagenda.budget.support.TestBudgetLines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Reservations against the real PostgreSQL database, through the HTTP API. */
@SpringBootTest
@AutoConfigureWebTestClient
class ReservationsTest {

    private static final String RESERVATIONS = "/api/budget/v1/reservations";
    private static final int YEAR = 2030;
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @BeforeEach
    void allowSlowConcurrentAnswers() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static String body(String code, String amount, String agendaItemId) {
        return """
                {"budgetLineCode": "%s", "year": %d, "amount": %s, "agendaItemId": "%s", "reason": "test"}"""
                .formatted(code, YEAR, amount, agendaItemId);
    }

    private EntityExchangeResult<Map<String, Object>> reserve(String key, String body) {
        return client.mutateWith(finance()).post().uri(RESERVATIONS)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(JSON)
                .returnResult();
    }

    private BigDecimal available(String code) {
        var line = client.mutateWith(finance()).get().uri("/api/budget/v1/budget-lines/" + code)
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        var years = (List<Map<String, Object>>) line.get("years");
        return new BigDecimal(years.get(0).get("available").toString());
    }

    private static <T> List<T> concurrently(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoHundredConcurrentAttemptsOnRoomForThirtySevenReserveExactlyThirtySevenAndRefuseTheRestWith409()
            throws Exception {
        String code = TestBudgetLines.withBudget(db, YEAR, new BigDecimal("37000.00"));
        Set<BigDecimal> availableSeenByRefusals = ConcurrentHashMap.newKeySet();
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String item = "item-" + i;
            attempts.add(() -> {
                var result = reserve(UUID.randomUUID().toString(), body(code, "1000", item));
                if (result.getStatus().value() == 409) {
                    availableSeenByRefusals.add(new BigDecimal(result.getResponseBody().get("available").toString()));
                }
                return result.getStatus().value();
            });
        }

        List<Integer> statuses = concurrently(48, attempts);

        assertThat(statuses.stream().filter(status -> status == 201).count()).isEqualTo(37);
        assertThat(statuses.stream().filter(status -> status == 409).count()).isEqualTo(163);
        assertThat(availableSeenByRefusals).allSatisfy(available -> assertThat(available).isNotNegative()
                .isLessThan(new BigDecimal("1000")));
        assertThat(TestBudgetLines.reserved(db, code, YEAR)).isEqualByComparingTo("37000.00");
        assertThat(available(code)).isEqualByComparingTo("0.00");
        Long rows = db.sql("SELECT count(*) AS n FROM reservation WHERE budget_line_code = :code AND status = 'RESERVED'")
                .bind("code", code).map((row, meta) -> row.get("n", Long.class)).one().block();
        assertThat(rows).isEqualTo(37);
    }

    @Test
    void theSameIdempotencyKeySentTenTimesConcurrentlyReservesOnce() throws Exception {
        String code = TestBudgetLines.withBudget(db, YEAR, new BigDecimal("100000.00"));
        String key = UUID.randomUUID().toString();
        String body = body(code, "2500.50", "agenda-42");
        List<Callable<EntityExchangeResult<Map<String, Object>>>> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attempts.add(() -> reserve(key, body));
        }

        var results = concurrently(10, attempts);

        assertThat(results).extracting(result -> result.getStatus().value()).containsOnly(200, 201);
        assertThat(results).filteredOn(result -> result.getStatus().value() == 201).hasSize(1);
        assertThat(results).extracting(result -> result.getResponseBody().get("id")).containsOnly(
                results.get(0).getResponseBody().get("id"));
        assertThat(TestBudgetLines.reserved(db, code, YEAR)).isEqualByComparingTo("2500.50");
        assertThat(available(code)).isEqualByComparingTo("97499.50");
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIs409AndReservesNothingMore() {
        String code = TestBudgetLines.withBudget(db, YEAR, new BigDecimal("10000.00"));
        String key = UUID.randomUUID().toString();
        var first = reserve(key, body(code, "1000", "agenda-7"));
        assertThat(first.getStatus().value()).isEqualTo(201);

        var again = reserve(key, body(code, "1000", "agenda-7"));
        assertThat(again.getStatus().value()).isEqualTo(200);
        assertThat(again.getResponseBody().get("id")).isEqualTo(first.getResponseBody().get("id"));

        client.mutateWith(finance()).post().uri(RESERVATIONS)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body(code, "2000", "agenda-7"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:idempotency-key-reused")
                .jsonPath("$.reservationId").isEqualTo(first.getResponseBody().get("id"));
        assertThat(available(code)).isEqualByComparingTo("9000.00");
    }

    @Test
    void reservingMoreThanAvailableIsRefusedWithTheShortfall() {
        String code = TestBudgetLines.withBudget(db, YEAR, new BigDecimal("5000.00"));
        assertThat(reserve(UUID.randomUUID().toString(), body(code, "3000", "a")).getStatus().value()).isEqualTo(201);

        client.mutateWith(finance()).post().uri(RESERVATIONS)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body(code, "2500.25", "b"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.type").isEqualTo("urn:nl:assen:groenagenda:problem:insufficient-budget")
                .jsonPath("$.available").isEqualTo(2000.0)
                .jsonPath("$.shortfall").isEqualTo(500.25)
                .jsonPath("$.requested").isEqualTo(2500.25);
        assertThat(available(code)).isEqualByComparingTo("2000.00");
    }

    @Test
    void aYearWithoutBudgetHasNothingAvailable() {
        String code = TestBudgetLines.withBudget(db, YEAR, new BigDecimal("5000.00"));
        client.mutateWith(finance()).post().uri(RESERVATIONS)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body(code, "1", "a").replace("\"year\": " + YEAR, "\"year\": 2031"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.available").isEqualTo(0.0)
                .jsonPath("$.shortfall").isEqualTo(1.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void releaseRestoresAvailabilityAndIsAudited() {
        String code = TestBudgetLines.withBudget(db, YEAR, new BigDecimal("5000.00"));
        String id = (String) reserve(UUID.randomUUID().toString(), body(code, "5000", "a")).getResponseBody().get("id");
        assertThat(available(code)).isEqualByComparingTo("0.00");

        client.mutateWith(workflowServiceAccount()).post().uri(RESERVATIONS + "/" + id + "/release")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\": \"agendapunt afgewezen\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.status").isEqualTo("RELEASED");
        assertThat(available(code)).isEqualByComparingTo("5000.00");

        // Releasing again changes nothing; realising a released reservation is refused.
        client.mutateWith(finance()).post().uri(RESERVATIONS + "/" + id + "/release").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RELEASED");
        client.mutateWith(finance()).post().uri(RESERVATIONS + "/" + id + "/realisation").exchange()
                .expectStatus().isEqualTo(409);
        assertThat(available(code)).isEqualByComparingTo("5000.00");

        var audit = db.sql("SELECT actor, action, reason, before ->> 'status' AS before_status, after ->> 'status' AS after_status "
                        + "FROM audit_entry WHERE entity_type = 'reservation' AND entity_id = :id ORDER BY id")
                .bind("id", id)
                .map((row, meta) -> String.join("|", row.get("actor", String.class), row.get("action", String.class),
                        row.get("reason", String.class), String.valueOf(row.get("before_status", String.class)),
                        row.get("after_status", String.class)))
                .all().collectList().block();
        assertThat(audit).containsExactly(
                "financieel-adviseur-user|RESERVE|test|null|RESERVED",
                "service-account-workflow|RELEASE|agendapunt afgewezen|RESERVED|RELEASED");
        client.mutateWith(finance()).get().uri("/api/budget/v1/budget-lines/" + code + "/history").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].action").value(actions -> assertThat((List<String>) actions)
                        .containsExactly("INSERT", "INSERT", "RESERVE", "RELEASE"))
                .jsonPath("$.items[3].actor").isEqualTo("service-account-workflow")
                .jsonPath("$.items[3].after.status").isEqualTo("RELEASED");
    }

    @Test
    void realisationMovesTheAmountFromReservedToRealisedAndKeepsItUnavailable() {
        String code = TestBudgetLines.withBudget(db, YEAR, new BigDecimal("5000.00"));
        String id = (String) reserve(UUID.randomUUID().toString(), body(code, "1200", "a")).getResponseBody().get("id");

        client.mutateWith(finance()).post().uri(RESERVATIONS + "/" + id + "/realisation").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("REALISED");

        var line = client.mutateWith(finance()).get().uri("/api/budget/v1/budget-lines/" + code).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.years[0].reserved").isEqualTo(0.0)
                .jsonPath("$.years[0].realised").isEqualTo(1200.0)
                .jsonPath("$.years[0].available").isEqualTo(3800.0);
        assertThat(line).isNotNull();
        client.mutateWith(finance()).post().uri(RESERVATIONS + "/" + id + "/release").exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void anUnknownReservationIsNotFound() {
        client.mutateWith(finance()).post().uri(RESERVATIONS + "/" + UUID.randomUUID() + "/release").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.mutateWith(finance()).post().uri(RESERVATIONS + "/not-a-uuid/realisation").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void invalidReservationInputListsEveryProblemAtOnceAndReservesNothing() {
        client.mutateWith(finance()).post().uri(RESERVATIONS)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"budgetLineCode": "GEEN-REGEL", "year": 1999, "amount": 10.001, "agendaItemId": ""}""")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.invalidParams.length()").isEqualTo(5)
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("Idempotency-Key", "year", "amount", "agendaItemId", "budgetLineCode"));
        client.mutateWith(finance()).post().uri(RESERVATIONS)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"budgetLineCode\": \"GROEN-MEEDOEN\", \"year\": \"2025\", \"amount\": -5}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names)
                        .containsExactlyInAnyOrder("year", "amount", "agendaItemId"));
    }
}
