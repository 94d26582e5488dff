package nl.assen.groenagenda.budget.capital;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import nl.assen.groenagenda.platform.web.JsonInput;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A calculation, not a change: the capital charges of an investment, or of yearly tranches of it. */
@RestController
class CapitalChargeController {

    private static final BigDecimal MAX_RATE = new BigDecimal("0.2");

    private final ObjectMapper mapper;

    CapitalChargeController(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    record Answer(List<ScheduleYear> years) {
    }

    @PostMapping(path = "/api/budget/v1/capital-charges", consumes = MediaType.APPLICATION_JSON_VALUE)
    Answer calculate(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                             schema = @Schema(implementation = CapitalChargeRequest.class)))
                     @RequestBody(required = false) String body) {
        JsonInput input = JsonInput.parse(mapper, body);
        BigDecimal amount = input.amount("amount", true, false);
        Integer firstYear = input.integer("firstYear", true, 2000, 2100);
        Method method = input.choice("method", true, Method.class);
        Integer termYears = input.integer("termYears", true, 1, 100);
        BigDecimal rate = input.decimal("interestRate", true, BigDecimal.ZERO, MAX_RATE,
                "Moet een fractie van 0 tot en met 0.2 zijn (0.02 is 2%).");
        Integer tranches = input.integer("tranches", false, 1, 100);
        FirstDepreciation first = input.choice("firstDepreciation", false, FirstDepreciation.class);
        BigDecimal contribution = input.amount("contribution", false, true);
        if (amount != null && contribution != null && contribution.compareTo(amount) > 0) {
            input.invalid("contribution", "Mag niet groter zijn dan het bedrag van de investering.");
        }
        if (firstYear != null && tranches != null && firstYear + tranches - 1 > 2100) {
            input.invalid("tranches", "De laatste tranche valt na 2100.");
        }
        input.check();
        var investment = new Investment(amount, firstYear, method, termYears, rate, first, contribution);
        return new Answer(CapitalChargeCalculator.yearlyTranches(investment, tranches == null ? 1 : tranches));
    }
}
