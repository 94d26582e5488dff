package nl.assen.groenagenda.budget.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.assen.groenagenda.budget.capital.FirstDepreciation;
import nl.assen.groenagenda.budget.capital.Method;
import nl.assen.groenagenda.platform.web.JsonInput;
import nl.assen.groenagenda.platform.web.Problem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Finance staff create budget lines and change a line's year, always with a {@code reason}; the
 * database triggers audit both with the caller as actor. Every invalid field is reported at once and
 * nothing changes unless all is valid.
 */
@RestController
class BudgetLineEditController {

    private static final String LINES = "/api/budget/v1/budget-lines";
    private static final Set<String> DEPARTMENTS = Set.of("openbare-ruimte", "ruimtelijke-ontwikkeling", "samenleving");
    private static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9-]{1,39}$";
    private static final String PARAMETERS = "capitalChargeParameters";
    /** The fiscal years a line can have an amount for (budget_year in V2). */
    static final int FIRST_FISCAL_YEAR = 2024;
    static final int LAST_FISCAL_YEAR = 2044;
    private static final BigDecimal MAX_INTEREST = new BigDecimal("0.2");
    private static final BigDecimal MAX_HOURS = new BigDecimal("168");

    private final BudgetLineEditService edits;
    private final ObjectMapper mapper;

    BudgetLineEditController(BudgetLineEditService edits, ObjectMapper mapper) {
        this.edits = edits;
        this.mapper = mapper;
    }

    /**
     * {@code {"code", "name", "description", "taakveld", "kind": "OPERATING"|"INVESTMENT", "department",
     * "capitalChargeParameters": {"method", "termYears", "interestRate" (fraction, 0-0.2), "firstDepreciation"},
     * "reason"}}: the parameters are required for an investment and not allowed for an operating line.
     * 201 with the line (without years: those come with PUT .../years/{year}).
     */
    @PostMapping(LINES)
    Mono<ResponseEntity<BudgetLine>> create(@RequestBody(required = false) String body, Principal caller) {
        JsonInput input = JsonInput.parse(mapper, body);
        String code = input.text("code", true, 40, false);
        if (code != null && !code.matches(CODE_PATTERN)) {
            input.invalid("code", "Moet bestaan uit hoofdletters, cijfers en streepjes (2 tot 40 tekens), "
                    + "beginnend met een letter of cijfer.");
            code = null;
        }
        String name = input.text("name", true, 200, false);
        String description = input.text("description", true, 10000, false);
        String taakveld = input.text("taakveld", true, 6, false);
        BudgetLine.Kind kind = input.choice("kind", true, BudgetLine.Kind.class);
        String department = input.text("department", true, 40, false);
        if (department != null && !DEPARTMENTS.contains(department)) {
            input.invalid("department", "Moet een van openbare-ruimte, ruimtelijke-ontwikkeling, samenleving zijn.");
        }
        String reason = input.text("reason", true, 2000, false);
        BudgetLine.CapitalParameters parameters = parameters(body, kind, input);
        String checkedCode = code;
        Mono<List<Problem.InvalidParam>> problems = taakveld == null ? Mono.just(input.problems())
                : edits.taakveldExists(taakveld).map(exists -> {
                    List<Problem.InvalidParam> all = new ArrayList<>(input.problems());
                    if (!exists) {
                        all.add(new Problem.InvalidParam("taakveld", "Er is geen Iv3-taakveld met deze code."));
                    }
                    return all;
                });
        return problems.flatMap(invalid -> invalid.isEmpty()
                        ? edits.create(caller.getName(), reason, new BudgetLineEditService.NewLine(checkedCode, name,
                                description, taakveld, kind, department, parameters))
                        : Mono.error(JsonInput.invalidInput(invalid)))
                .map(line -> ResponseEntity.created(URI.create(LINES + "/" + line.code())).body(line));
    }

    private BudgetLine.CapitalParameters parameters(String body, BudgetLine.Kind kind, JsonInput input) {
        JsonNode node;
        try {
            node = mapper.readTree(body).get(PARAMETERS);
        } catch (JsonProcessingException unreachable) {
            node = null; // JsonInput.parse has already accepted the body as a JSON object
        }
        boolean given = node != null && !node.isNull();
        if (kind == BudgetLine.Kind.OPERATING && given) {
            input.invalid(PARAMETERS, "Hoort alleen bij een investering (kind INVESTMENT).");
            return null;
        }
        if (kind == BudgetLine.Kind.INVESTMENT && !given) {
            input.invalid(PARAMETERS, "Is verplicht bij een investering: method, termYears, interestRate, firstDepreciation.");
            return null;
        }
        if (!given) {
            return null;
        }
        if (!node.isObject()) {
            input.invalid(PARAMETERS, "Moet een object zijn met method, termYears, interestRate, firstDepreciation.");
            return null;
        }
        JsonInput fields = JsonInput.parse(mapper, node.toString());
        Method method = fields.choice("method", true, Method.class);
        Integer term = fields.integer("termYears", true, 1, 100);
        BigDecimal rate = fields.decimal("interestRate", true, BigDecimal.ZERO, MAX_INTEREST,
                "Moet een rentepercentage als fractie van 0 tot en met 0.2 (20%) zijn.");
        if (rate != null && rate.stripTrailingZeros().scale() > 6) {
            fields.invalid("interestRate", "Mag hoogstens zes decimalen hebben.");
        }
        FirstDepreciation first = fields.choice("firstDepreciation", true, FirstDepreciation.class);
        for (Problem.InvalidParam problem : fields.problems()) {
            input.invalid(PARAMETERS + "." + problem.name(), problem.reason());
        }
        return fields.isValid() && kind != null ? new BudgetLine.CapitalParameters(method, term, rate, first) : null;
    }

    /**
     * {@code {"expensesStructural", "expensesOneOff", "status": "PROPOSED"|"TO_BE_WEIGHED"|"ADOPTED",
     * "kaderbriefYear" (with TO_BE_WEIGHED only), "staffHoursPerWeek" (optional), "reason"}}: sets the
     * year (creating it if the line had none). 409 if the new budget is below reserved + realised.
     */
    @PutMapping(LINES + "/{code}/years/{year}")
    Mono<BudgetLine> changeYear(@PathVariable String code, @PathVariable String year,
                                @RequestBody(required = false) String body, Principal caller) {
        JsonInput input = JsonInput.parse(mapper, body);
        Integer fiscalYear = null;
        try {
            fiscalYear = Integer.valueOf(year);
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (fiscalYear == null || fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > LAST_FISCAL_YEAR) {
            input.invalid("year", "Moet een begrotingsjaar van " + FIRST_FISCAL_YEAR + " tot en met "
                    + LAST_FISCAL_YEAR + " zijn.");
        }
        BigDecimal structural = input.amount("expensesStructural", true, true);
        BigDecimal oneOff = input.amount("expensesOneOff", true, true);
        if (structural != null && oneOff != null && structural.add(oneOff).compareTo(JsonInput.MAX_AMOUNT) > 0) {
            input.invalid("expensesOneOff", "Structureel plus incidenteel mag hoogstens "
                    + JsonInput.MAX_AMOUNT.toPlainString() + " zijn.");
        }
        BudgetYear.Status status = input.choice("status", true, BudgetYear.Status.class);
        Integer kaderbriefYear = input.integer("kaderbriefYear", false, 2000, 2100);
        boolean kaderbriefYearInvalid = input.problems().stream().anyMatch(p -> p.name().equals("kaderbriefYear"));
        if (status == BudgetYear.Status.TO_BE_WEIGHED && kaderbriefYear == null && !kaderbriefYearInvalid) {
            input.invalid("kaderbriefYear", "Is verplicht bij TO_BE_WEIGHED: de Kaderbrief waarin het bedrag wordt afgewogen.");
        }
        if (status != null && status != BudgetYear.Status.TO_BE_WEIGHED && kaderbriefYear != null) {
            input.invalid("kaderbriefYear", "Hoort alleen bij TO_BE_WEIGHED.");
        }
        BigDecimal hours = input.decimal("staffHoursPerWeek", false, BigDecimal.ZERO, MAX_HOURS,
                "Moet een aantal uren per week van 0 tot en met 168 zijn.");
        if (hours != null && hours.stripTrailingZeros().scale() > 1) {
            input.invalid("staffHoursPerWeek", "Mag hoogstens een decimaal hebben.");
        }
        String reason = input.text("reason", true, 2000, false);
        input.check();
        return edits.changeYear(caller.getName(), reason, code, fiscalYear,
                new BudgetLineEditService.YearChange(structural, oneOff, status, kaderbriefYear, hours));
    }
}
