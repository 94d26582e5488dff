package nl.assen.groenagenda.asset.planning;

import static nl.assen.groenagenda.platform.security.Roles.AFDELINGSMANAGER;
import static nl.assen.groenagenda.platform.security.Roles.BEHEERDER;
import static nl.assen.groenagenda.platform.security.Roles.FINANCIEEL_ADVISEUR;
import static nl.assen.groenagenda.platform.security.Roles.MEDEWERKER;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.assen.groenagenda.platform.paging.PageRequest;
import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.paging.PagedResponses;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import nl.assen.groenagenda.platform.web.ProblemJsonErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Replacement planning: compute a plan ({@code POST /replacement-plans}), save it by giving it a
 * {@code name}, list the saved ones, read one, compare two. {@code Accept: text/csv} on the plan
 * endpoints gives the years as CSV (Dutch convention, see {@link PlanCsv}), as
 * {@code Accept: application/geo+json} gives the map form of the asset list.
 */
@RestController
class ReplacementPlanController {

    static final String PATH = "/api/assets/v1/replacement-plans";
    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final Set<String> SAVERS = Set.of(MEDEWERKER, AFDELINGSMANAGER, FINANCIEEL_ADVISEUR, BEHEERDER);
    private static final ZoneId ASSEN = ZoneId.of("Europe/Amsterdam");

    private final ReplacementPlanRepository plans;
    private final ReplacementPlanner planner = new ReplacementPlanner();
    private final List<String> heatStressDistricts;

    /**
     * Heat-stress districts are an assumption (the dense centre and the older districts with much
     * paving), not a measurement: configurable, to be replaced by the municipality's heat-stress map.
     */
    ReplacementPlanController(ReplacementPlanRepository plans,
                              @Value("${groenagenda.assets.planning.heat-stress-districts}")
                              List<String> heatStressDistricts) {
        this.plans = plans;
        this.heatStressDistricts = List.copyOf(heatStressDistricts);
    }

    @PostMapping(path = PATH, produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    Mono<ResponseEntity<Object>> compute(@RequestBody(required = false) JsonNode body, Authentication caller,
                                         ServerHttpRequest request) {
        PlanRequest planRequest = PlanRequest.from(body, LocalDate.now(ASSEN).getYear(), heatStressDistricts);
        if (planRequest.name() != null && !maySave(caller)) {
            return Mono.error(new ProblemException(ProblemJsonErrorHandler.byStatus(HttpStatus.FORBIDDEN)
                    .withInvalidParams(List.of(new Problem.InvalidParam("name",
                            "Plannen bewaren mogen medewerker, afdelingsmanager, financieel-adviseur en beheerder.")))));
        }
        Mono<ReplacementPlan> plan = Mono.fromCallable(plans::presentAssets)
                .subscribeOn(Schedulers.boundedElastic())
                .map(stock -> planner.plan(stock.assets(), planRequest.parameters(), planRequest.includeAssetIds())
                        .withSynthetic(stock.synthetic()));
        if (planRequest.name() == null) {
            return plan.map(computed -> answer(request, HttpStatus.OK, computed));
        }
        String who = who(caller);
        return plan.map(computed -> computed.saved(planRequest.name(), who, Instant.now().truncatedTo(ChronoUnit.MILLIS)))
                .flatMap(toSave -> plans.save(toSave)
                        .switchIfEmpty(Mono.error(() -> new ProblemException(Problem.of(HttpStatus.CONFLICT,
                                "plan-name-taken", "Naam al in gebruik",
                                "Er is al een plan bewaard onder de naam '" + toSave.name() + "'. Kies een andere naam.")))))
                .map(saved -> {
                    ResponseEntity<Object> answer = answer(request, HttpStatus.CREATED, saved);
                    return ResponseEntity.status(HttpStatus.CREATED).headers(answer.getHeaders())
                            .location(URI.create(PATH + "/" + saved.name())).body(answer.getBody());
                });
    }

    /** The saved plans, newest first: to choose two for a comparison. */
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<PagedList<SavedPlan>>> saved(@RequestParam(required = false) String page,
                                                     @RequestParam(required = false) String pageSize,
                                                     ServerHttpRequest request) {
        return Mono.fromSupplier(() -> PageRequest.of(page, pageSize))
                .flatMap(plans::saved)
                .map(list -> PagedResponses.ok(request, list));
    }

    @GetMapping(path = PATH + "/comparison", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PlanComparison> compare(@RequestParam(required = false) String a, @RequestParam(required = false) String b) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        if (a == null || a.isBlank()) {
            invalid.add(new Problem.InvalidParam("a", "Verplicht: de naam van het eerste bewaarde plan."));
        }
        if (b == null || b.isBlank()) {
            invalid.add(new Problem.InvalidParam("b", "Verplicht: de naam van het tweede bewaarde plan."));
        }
        if (!invalid.isEmpty()) {
            return Mono.error(PlanRequest.invalid(invalid));
        }
        return Mono.zip(find(a), find(b)).map(pair -> PlanComparison.of(pair.getT1(), pair.getT2()));
    }

    @GetMapping(path = PATH + "/{name}", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    Mono<ResponseEntity<Object>> one(@PathVariable String name, ServerHttpRequest request) {
        return find(name).map(plan -> answer(request, HttpStatus.OK, plan));
    }

    private Mono<ReplacementPlan> find(String name) {
        if (!PlanRequest.NAME.matcher(name).matches()) {
            return Mono.error(() -> notFound(name));
        }
        return plans.find(name).switchIfEmpty(Mono.error(() -> notFound(name)));
    }

    private static ProblemException notFound(String name) {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Er is geen plan bewaard onder de naam '" + name + "'."));
    }

    private static ResponseEntity<Object> answer(ServerHttpRequest request, HttpStatus status, ReplacementPlan plan) {
        if (wantsCsv(request)) {
            String file = (plan.name() == null ? "vervangingsplan" : plan.name()) + ".csv";
            return ResponseEntity.status(status).contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                    .body(PlanCsv.of(plan));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(plan);
    }

    /** CSV only when the caller prefers it over JSON; a wildcard or no Accept header gives JSON. */
    static boolean wantsCsv(ServerHttpRequest request) {
        List<MediaType> accepted = new ArrayList<>(request.getHeaders().getAccept());
        MediaType.sortBySpecificityAndQuality(accepted);
        for (MediaType type : accepted) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.isCompatibleWith(CSV)) {
                return true;
            }
        }
        return false;
    }

    private static boolean maySave(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.startsWith("ROLE_") && SAVERS.contains(authority.substring(5)));
    }

    private static String who(Authentication caller) {
        if (caller.getPrincipal() instanceof Jwt jwt && jwt.hasClaim("preferred_username")) {
            return jwt.getClaimAsString("preferred_username");
        }
        return caller.getName();
    }
}
