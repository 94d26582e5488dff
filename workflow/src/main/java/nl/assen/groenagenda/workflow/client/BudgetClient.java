package nl.assen.groenagenda.workflow.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * budget-service: with the workflow's service account, except the council's decisions, which go with
 * the finance officer's own token.
 */
@Component
public class BudgetClient {

    private static final String API = "/api/budget/v1";
    private static final String CYCLES = API + "/kaderbrief-cycles";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** budget-service's largest page: one request for every cycle, and for most cycles' claims. */
    private static final int PAGE_SIZE = 500;

    private final RestClient http;
    private final RestClient onBehalfOfUser;

    public BudgetClient(@Qualifier("budgetRestClient") RestClient http,
                        @Qualifier("budgetOnBehalfOfUserRestClient") RestClient onBehalfOfUser) {
        this.http = http;
        this.onBehalfOfUser = onBehalfOfUser;
    }

    /** Whether the costs (summed per year by budget-service) fit in what the line still has available. */
    public JsonNode coverage(String budgetLineCode, String agendaItemId, List<AgendaItemView.Cost> costs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("budgetLineCode", budgetLineCode);
        body.put("agendaItemId", agendaItemId);
        body.put("costs", costs.stream().map(cost -> Map.of("year", cost.year(), "amount", cost.amount())).toList());
        return Calls.call("coverage check of agenda item " + agendaItemId,
                () -> http.post().uri(API + "/coverage-checks").contentType(MediaType.APPLICATION_JSON)
                        .body(body).retrieve().body(JsonNode.class));
    }

    /**
     * Reserves an amount; the same key and body again answers the first reservation. A shortfall is a
     * {@link ServiceProblemException} 409 of type {@code insufficient-budget}.
     */
    public JsonNode reserve(String idempotencyKey, String budgetLineCode, int year, BigDecimal amount,
                            String agendaItemId, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("budgetLineCode", budgetLineCode);
        body.put("year", year);
        body.put("amount", amount);
        body.put("agendaItemId", agendaItemId);
        body.put("reason", reason);
        return Calls.call("reservation " + idempotencyKey,
                () -> http.post().uri(API + "/reservations").header(IDEMPOTENCY_KEY, idempotencyKey)
                        .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class));
    }

    /** Releases a reservation; releasing one already released answers it unchanged. */
    public JsonNode release(String reservationId, String reason) {
        return Calls.call("release of reservation " + reservationId,
                () -> http.post().uri(API + "/reservations/{id}/release", reservationId)
                        .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", reason))
                        .retrieve().body(JsonNode.class));
    }

    /** Every Kaderbrief cycle, oldest year first. */
    public List<JsonNode> cycles() {
        return all("Kaderbrief cycles", CYCLES);
    }

    /** The cycle, or null when there is none for that year. */
    public JsonNode cycle(int year) {
        return Calls.find("Kaderbrief " + year,
                () -> http.get().uri(CYCLES + "/{year}", year).retrieve().body(JsonNode.class));
    }

    /** Moves the cycle one status on; asking for the status it already has changes nothing. */
    public JsonNode changeCycleStatus(int year, String status, String reason) {
        return Calls.call("status " + status + " of Kaderbrief " + year,
                () -> http.post().uri(CYCLES + "/{year}/status", year).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("status", status, "reason", reason)).retrieve().body(JsonNode.class));
    }

    /** Files a claim; the same key and body again answers the first claim (200 instead of 201). */
    public JsonNode fileClaim(int year, String idempotencyKey, ClaimRequest claim) {
        return Calls.call("claim " + idempotencyKey + " in Kaderbrief " + year,
                () -> http.post().uri(CYCLES + "/{year}/claims", year).header(IDEMPOTENCY_KEY, idempotencyKey)
                        .contentType(MediaType.APPLICATION_JSON).body(claim).retrieve().body(JsonNode.class));
    }

    /** Every claim of the cycle, with its amounts (and, once decided, what was granted). */
    public List<JsonNode> claims(int year) {
        return all("claims of Kaderbrief " + year, CYCLES + "/" + year + "/claims");
    }

    /** One claim of the cycle, or null. */
    public JsonNode claim(int year, String claimId) {
        return claims(year).stream().filter(claim -> claimId.equals(claim.path("id").asText())).findFirst().orElse(null);
    }

    /**
     * Records the council's decision on a claim as the finance officer whose token this is, so that
     * budget-service's audit names them. A 4xx is relayed as a {@link ServiceProblemException}.
     */
    public JsonNode recordDecision(int year, String jsonBody, String userBearerToken) {
        return Calls.call("decision in Kaderbrief " + year,
                () -> onBehalfOfUser.post().uri(CYCLES + "/{year}/decisions", year)
                        .headers(headers -> headers.setBearerAuth(userBearerToken))
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .body(jsonBody).retrieve().body(JsonNode.class));
    }

    private List<JsonNode> all(String what, String path) {
        List<JsonNode> items = new ArrayList<>();
        int page = 1;
        int pages;
        do {
            int current = page;
            JsonNode slice = Calls.call(what, () -> http.get()
                    .uri(uri -> uri.path(path).queryParam("page", current).queryParam("pageSize", PAGE_SIZE).build())
                    .retrieve().body(JsonNode.class));
            slice.path("items").forEach(items::add);
            pages = slice.path("totalPages").asInt(1);
            page++;
        } while (page <= pages);
        return items;
    }
}
