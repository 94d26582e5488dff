package nl.assen.groenagenda.budget.kaderbrief;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.assen.groenagenda.budget.coverage.JsonLists;
import nl.assen.groenagenda.platform.web.JsonInput;
import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.paging.PagedResponses;
import nl.assen.groenagenda.platform.security.HeaderCharacters;
import nl.assen.groenagenda.platform.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Kaderbrief cycles, their claims, the council's decisions on them and the budget amendments those
 * made. Every invalid field is reported at once; nothing changes unless all is valid.
 */
@RestController
class KaderbriefController {

    private static final String CYCLES = "/api/budget/v1/kaderbrief-cycles";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;
    /** The fiscal years a budget line can have an amount for (budget_year in V2). */
    private static final int FIRST_FISCAL_YEAR = 2024;
    private static final int LAST_FISCAL_YEAR = 2044;

    private final KaderbriefService kaderbrief;
    private final ObjectMapper mapper;

    KaderbriefController(KaderbriefService kaderbrief, ObjectMapper mapper) {
        this.kaderbrief = kaderbrief;
        this.mapper = mapper;
    }

    @GetMapping(CYCLES)
    Mono<ResponseEntity<PagedList<Cycle>>> cycles(@RequestParam(required = false) String page,
                                                 @RequestParam(required = false) String pageSize,
                                                 ServerHttpRequest request) {
        return PagedResponses.slice(request, page, pageSize, kaderbrief.cycles());
    }

    @GetMapping(CYCLES + "/{year}")
    Mono<Cycle> cycle(@PathVariable String year) {
        return year(year).flatMap(kaderbrief::cycle);
    }

    /** A new cycle, OPEN, with its dates (finance staff). */
    @PostMapping(CYCLES)
    Mono<ResponseEntity<Cycle>> create(@RequestBody(required = false) String body, Principal caller) {
        JsonInput input = JsonInput.parse(mapper, body);
        Integer year = input.integer("year", true, 2000, 2100);
        LocalDate deadline = date(input, "claimDeadline");
        LocalDate college = date(input, "collegeDate");
        LocalDate council = date(input, "councilDate");
        if (deadline != null && college != null && college.isBefore(deadline)) {
            input.invalid("collegeDate", "Mag niet voor de sluitingsdatum voor claims liggen.");
        }
        if (college != null && council != null && council.isBefore(college)) {
            input.invalid("councilDate", "Mag niet voor de collegedatum liggen.");
        }
        input.check();
        return kaderbrief.createCycle(caller.getName(),
                        new Cycle(year, deadline, college, council, Cycle.Status.OPEN, false, null))
                .map(created -> ResponseEntity.status(HttpStatus.CREATED).body(created));
    }

    /** {@code {"status", "reason"}}: one step forward (finance staff). */
    @PostMapping(CYCLES + "/{year}/status")
    Mono<Cycle> status(@PathVariable String year, @RequestBody(required = false) String body, Principal caller) {
        JsonInput input = JsonInput.parse(mapper, body);
        Cycle.Status target = input.choice("status", true, Cycle.Status.class);
        String reason = input.text("reason", false, 2000, false);
        input.check();
        return year(year).flatMap(found -> kaderbrief.changeStatus(caller.getName(), found, target, reason));
    }

    @GetMapping(CYCLES + "/{year}/claims")
    Mono<ResponseEntity<PagedList<Claim>>> claims(@PathVariable String year,
                                                 @RequestParam(required = false) String page,
                                                 @RequestParam(required = false) String pageSize,
                                                 ServerHttpRequest request) {
        return year(year).flatMap(found -> PagedResponses.slice(request, page, pageSize, kaderbrief.claims(found)));
    }

    @GetMapping(CYCLES + "/{year}/amendments")
    Mono<ResponseEntity<PagedList<Amendment>>> amendments(@PathVariable String year,
                                                         @RequestParam(required = false) String page,
                                                         @RequestParam(required = false) String pageSize,
                                                         ServerHttpRequest request) {
        return year(year).flatMap(found -> PagedResponses.slice(request, page, pageSize, kaderbrief.amendments(found)));
    }

    /**
     * {@code {"budgetLineCode", "agendaItemId", "motivation", "amounts": [{"year", "amount", "recurring"}]}}:
     * {@code recurring} true for a structural amount, false for a one-off one (the shape of an agenda
     * item's costs, whose other fields are ignored). Filed only while the cycle is OPEN.
     *
     * <p>An optional {@code Idempotency-Key} (the workflow sends one): the same key with the same body
     * again answers 200 with the claim filed the first time, also after the cycle closed; the same key
     * with another body is 409.
     */
    @PostMapping(CYCLES + "/{year}/claims")
    Mono<ResponseEntity<Claim>> file(@PathVariable String year,
                                     @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                     @RequestBody(required = false) String body, Principal caller) {
        JsonInput input = JsonInput.parse(mapper, body);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH || !HeaderCharacters.allowedValue(key))) {
            input.invalid(IDEMPOTENCY_KEY, "Mag hoogstens " + MAX_KEY_LENGTH + " tekens lang zijn en niet leeg.");
        }
        String code = input.text("budgetLineCode", true, 40, false);
        String agendaItemId = input.text("agendaItemId", true, 64, true);
        String motivation = input.text("motivation", true, 10000, false);
        List<Claim.Amount> amounts = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (JsonLists.Element element : JsonLists.elements(mapper, body, "amounts", true, input)) {
            Integer amountYear = element.fields().integer("year", true, FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR);
            BigDecimal amount = element.fields().amount("amount", true, false);
            element.report(input);
            Boolean recurring = element.bool("recurring", true, input);
            if (amountYear != null && !years.add(amountYear)) {
                input.invalid(element.prefix() + "year", "Dit jaar staat al eerder in de claim.");
            } else if (amountYear != null && amount != null && recurring != null) {
                amounts.add(new Claim.Amount(amountYear, amount, recurring, null));
            }
        }
        Mono<List<Problem.InvalidParam>> problems = code == null ? Mono.just(input.problems())
                : kaderbrief.lineExists(code).map(exists -> {
                    List<Problem.InvalidParam> all = new ArrayList<>(input.problems());
                    if (!exists) {
                        all.add(new Problem.InvalidParam("budgetLineCode", "Er is geen begrotingsregel met deze code."));
                    }
                    return all;
                });
        return year(year).flatMap(cycleYear -> problems.flatMap(invalid -> invalid.isEmpty()
                ? kaderbrief.file(caller.getName(), cycleYear, key == null ? null : key.trim(),
                        new NewClaim(code, agendaItemId, motivation,
                        amounts.stream().sorted(java.util.Comparator.comparingInt(Claim.Amount::year)).toList()))
                : Mono.error(JsonInput.invalidInput(invalid))))
                .map(filed -> ResponseEntity.status(filed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(filed.claim()));
    }

    /**
     * The council's decision on one claim of this cycle (finance staff):
     * {@code {"claimId", "outcome", "amounts": [{"year", "amount"}], "reference", "followUp", "reason"}}.
     * HONOURED grants what was asked (amounts may be left out; given, they must equal the request);
     * PARTLY_HONOURED grants the given amounts (each at most what was asked; years left out get nothing);
     * REFUSED grants nothing and needs followUp RETURN or DEFER.
     */
    @PostMapping(CYCLES + "/{year}/decisions")
    Mono<Decision.Result> decide(@PathVariable String year, @RequestBody(required = false) String body,
                                 Principal caller) {
        JsonInput input = JsonInput.parse(mapper, body);
        UUID claimId = uuid(input, input.text("claimId", true, 64, false));
        Claim.Status outcome = input.choice("outcome", true, Claim.Status.class);
        if (outcome == Claim.Status.PENDING) {
            input.invalid("outcome", "Moet een van HONOURED, PARTLY_HONOURED, REFUSED zijn.");
            outcome = null;
        }
        String reference = input.text("reference", true, 200, false);
        Claim.FollowUp followUp = input.choice("followUp", false, Claim.FollowUp.class);
        String reason = input.text("reason", false, 2000, false);
        Map<Integer, BigDecimal> given = new TreeMap<>();
        List<JsonLists.Element> elements = JsonLists.elements(mapper, body, "amounts", false, input);
        for (JsonLists.Element element : elements) {
            Integer amountYear = element.fields().integer("year", true, FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR);
            BigDecimal amount = element.fields().amount("amount", true, true);
            element.report(input);
            if (amountYear != null && given.containsKey(amountYear)) {
                input.invalid(element.prefix() + "year", "Dit jaar staat al eerder in het besluit.");
            } else if (amountYear != null && amount != null) {
                given.put(amountYear, amount);
            }
        }
        if (outcome == Claim.Status.REFUSED && followUp == null && input.problems().stream()
                .noneMatch(problem -> problem.name().equals("followUp"))) {
            input.invalid("followUp", "Is verplicht bij REFUSED: RETURN of DEFER.");
        }
        if (outcome != null && outcome != Claim.Status.REFUSED && followUp != null) {
            input.invalid("followUp", "Hoort alleen bij REFUSED.");
        }
        if (outcome == Claim.Status.REFUSED && !elements.isEmpty()) {
            input.invalid("amounts", "Hoort niet bij REFUSED: er wordt niets toegekend.");
        }
        if (outcome == Claim.Status.PARTLY_HONOURED && elements.isEmpty() && input.problems().stream()
                .noneMatch(problem -> problem.name().equals("amounts"))) {
            input.invalid("amounts", "Is verplicht bij PARTLY_HONOURED: de toegekende bedragen per jaar.");
        }
        Claim.Status checkedOutcome = outcome;
        return year(year).flatMap(cycleYear -> {
            if (claimId == null) {
                input.check();
            }
            return (claimId == null ? Mono.<Claim>empty() : kaderbrief.claim(claimId))
                    .switchIfEmpty(Mono.defer(() -> {
                        input.check();
                        return Mono.error(new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
                    }))
                    .onErrorMap(org.springframework.web.server.ResponseStatusException.class,
                            notFound -> new nl.assen.groenagenda.platform.web.ProblemException(Problem.of(
                                    HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                                    "Er is in Kaderbrief " + cycleYear + " geen claim met dit id.")))
                    .flatMap(claim -> {
                        if (claim.cycleYear() != cycleYear) {
                            input.check();
                            return Mono.error(KaderbriefService.conflict("claim-in-other-cycle",
                                            "Claim hoort bij een andere Kaderbrief",
                                            "Claim " + claim.id() + " is ingediend in Kaderbrief " + claim.cycleYear()
                                                    + ", niet in Kaderbrief " + cycleYear + ".")
                                    .with("claimCycleYear", claim.cycleYear()));
                        }
                        if (claim.status() != Claim.Status.PENDING) {
                            return Mono.error(KaderbriefService.alreadyDecided(claim.id()));
                        }
                        Map<Integer, BigDecimal> granted = granted(input, checkedOutcome, claim, given);
                        input.check();
                        return kaderbrief.decide(caller.getName(), cycleYear, claim,
                                new Decision(claimId, checkedOutcome, granted, reference, followUp, reason));
                    });
        });
    }

    /** What the decision grants per claimed year, checking the given amounts against the claim. */
    private static Map<Integer, BigDecimal> granted(JsonInput input, Claim.Status outcome, Claim claim,
                                                    Map<Integer, BigDecimal> given) {
        Map<Integer, BigDecimal> requested = new TreeMap<>();
        claim.amounts().forEach(amount -> requested.put(amount.year(), amount.amount()));
        Map<Integer, BigDecimal> granted = new TreeMap<>();
        if (outcome == null || outcome == Claim.Status.REFUSED) {
            return granted;
        }
        for (var entry : given.entrySet()) {
            BigDecimal asked = requested.get(entry.getKey());
            String name = "amounts[year=" + entry.getKey() + "].amount";
            if (asked == null) {
                input.invalid("amounts[year=" + entry.getKey() + "].year", "De claim vraagt niets voor dit jaar.");
            } else if (outcome == Claim.Status.HONOURED && entry.getValue().compareTo(asked) != 0) {
                input.invalid(name, "Bij HONOURED is het toegekende bedrag het gevraagde: " + asked.toPlainString() + ".");
            } else if (entry.getValue().compareTo(asked) > 0) {
                input.invalid(name, "Mag niet meer zijn dan gevraagd: " + asked.toPlainString() + ".");
            }
        }
        if (outcome == Claim.Status.HONOURED) {
            if (!given.isEmpty() && !given.keySet().containsAll(requested.keySet())) {
                input.invalid("amounts", "Bij HONOURED horen alle jaren van de claim, of geen bedragen.");
            }
            return requested;
        }
        if (!given.isEmpty() && given.values().stream().allMatch(amount -> amount.signum() == 0)) {
            input.invalid("amounts", "Bij PARTLY_HONOURED wordt voor minstens één jaar iets toegekend; anders REFUSED.");
        }
        return given;
    }

    private static UUID uuid(JsonInput input, String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            input.invalid("claimId", "Moet het id (UUID) van een claim zijn.");
            return null;
        }
    }

    private static LocalDate date(JsonInput input, String name) {
        String text = input.text(name, true, 10, false);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            input.invalid(name, "Moet een datum zijn (JJJJ-MM-DD).");
            return null;
        }
    }

    private static Mono<Integer> year(String year) {
        try {
            int value = Integer.parseInt(year);
            if (value >= 2000 && value <= 2100) {
                return Mono.just(value);
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        return Mono.error(() -> new nl.assen.groenagenda.platform.web.ProblemException(Problem.of(HttpStatus.NOT_FOUND,
                "not-found", "Niet gevonden", "Er is geen Kaderbrief " + year + ".")));
    }
}
