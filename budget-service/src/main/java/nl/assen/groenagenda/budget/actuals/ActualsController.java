package nl.assen.groenagenda.budget.actuals;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.assen.groenagenda.platform.web.JsonInput;
import nl.assen.groenagenda.platform.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Realisation (issue 4, item 8): finance staff import actuals from a CSV export of the financial system
 * (see {@link ActualsCsv} for the format). All or nothing: any row error answers 400 naming every error
 * and stores nothing. Staff and the council read a line's actuals per month against its budget.
 */
@RestController
class ActualsController {

    private static final String ACTUALS = "/api/budget/v1/actuals";

    private final ActualsService actuals;

    ActualsController(ActualsService actuals) {
        this.actuals = actuals;
    }

    /** A CSV body ({@code text/csv}); 201 with what was stored and which months it replaced. */
    @PostMapping(ACTUALS)
    Mono<ResponseEntity<ImportReport>> importActuals(@RequestBody(required = false) String body, Principal caller) {
        ActualsCsv.Result parsed = ActualsCsv.parse(body);
        Set<String> codes = new LinkedHashSet<>();
        parsed.rows().forEach(row -> codes.add(row.budgetLineCode()));
        Mono<Set<String>> unknown = codes.isEmpty() ? Mono.just(Set.of()) : actuals.unknownLines(codes);
        return unknown.flatMap(missing -> {
            List<Problem.InvalidParam> problems = new ArrayList<>(parsed.problems());
            for (ActualsCsv.Row row : parsed.rows()) {
                if (missing.contains(row.budgetLineCode())) {
                    problems.add(new Problem.InvalidParam("rows[" + row.number() + "].budgetLineCode",
                            "Er is geen begrotingsregel met deze code."));
                }
            }
            if (!problems.isEmpty()) {
                problems.sort(java.util.Comparator.comparingInt(ActualsController::rowNumber));
                return Mono.error(JsonInput.invalidInput(problems));
            }
            return actuals.store(caller.getName(), parsed.rows())
                    .map(report -> ResponseEntity.status(HttpStatus.CREATED).body(report));
        });
    }

    /** Problems in the order of the file: header and body first, then by row number. */
    private static int rowNumber(Problem.InvalidParam problem) {
        String name = problem.name();
        if (!name.startsWith("rows[")) {
            return 0;
        }
        return Integer.parseInt(name.substring(5, name.indexOf(']')));
    }

    @GetMapping(ACTUALS)
    Mono<ActualsView> view(@RequestParam(required = false) String budgetLineCode,
                           @RequestParam(required = false) String year) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (budgetLineCode == null || budgetLineCode.isBlank()) {
            problems.add(new Problem.InvalidParam("budgetLineCode", "Is verplicht."));
        }
        Integer fiscalYear = null;
        try {
            fiscalYear = year == null ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (fiscalYear == null || fiscalYear < ActualsCsv.FIRST_YEAR || fiscalYear > ActualsCsv.LAST_YEAR) {
            problems.add(new Problem.InvalidParam("year", "Moet een begrotingsjaar van " + ActualsCsv.FIRST_YEAR
                    + " tot en met " + ActualsCsv.LAST_YEAR + " zijn."));
        }
        if (budgetLineCode != null && !budgetLineCode.isBlank()) {
            String code = budgetLineCode.trim();
            Integer checkedYear = fiscalYear;
            return actuals.unknownLines(List.of(code)).flatMap(missing -> {
                if (!missing.isEmpty()) {
                    problems.add(new Problem.InvalidParam("budgetLineCode", "Er is geen begrotingsregel met deze code."));
                }
                return problems.isEmpty() ? actuals.view(code, checkedYear) : Mono.error(JsonInput.invalidInput(problems));
            });
        }
        return Mono.error(JsonInput.invalidInput(problems));
    }
}
