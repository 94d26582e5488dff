package nl.assen.groenagenda.asset.norm;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The body of {@code PUT /cost-norms/{id}}: a new unit cost, optionally a new lifespan, and always
 * the reason. Read from the raw JSON so that every invalid field is named at once, wrong types too.
 */
public record CostNormChange(BigDecimal unitCost, Integer lifespanYears, String reason) {

    static final BigDecimal MAX_UNIT_COST = new BigDecimal("9999999999.99");
    static final int MAX_REASON = 1000;

    public static CostNormChange from(JsonNode body) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw invalid(List.of(new Problem.InvalidParam("body", "Verwacht een JSON-object.")));
        }
        BigDecimal unitCost = null;
        JsonNode cost = body.get("unitCost");
        if (cost == null || cost.isNull()) {
            invalid.add(new Problem.InvalidParam("unitCost", "Verplicht: de nieuwe kosten per eenheid in euro."));
        } else if (!cost.isNumber()) {
            invalid.add(new Problem.InvalidParam("unitCost", "Moet een getal zijn."));
        } else {
            unitCost = cost.decimalValue().stripTrailingZeros();
            if (unitCost.signum() <= 0) {
                invalid.add(new Problem.InvalidParam("unitCost", "Moet groter dan 0 zijn."));
            } else if (unitCost.scale() > 2) {
                invalid.add(new Problem.InvalidParam("unitCost", "Ten hoogste twee decimalen (centen)."));
            } else if (unitCost.compareTo(MAX_UNIT_COST) > 0) {
                invalid.add(new Problem.InvalidParam("unitCost", "Ten hoogste 9999999999,99."));
            }
        }
        Integer lifespan = null;
        JsonNode years = body.get("lifespanYears");
        if (years != null && !years.isNull()) {
            if (!years.isIntegralNumber() || !years.canConvertToInt() || years.intValue() < 1 || years.intValue() > 500) {
                invalid.add(new Problem.InvalidParam("lifespanYears", "Moet een geheel aantal jaren van 1 tot en met 500 zijn."));
            } else {
                lifespan = years.intValue();
            }
        }
        String reason = null;
        JsonNode why = body.get("reason");
        if (why == null || why.isNull() || (why.isTextual() && why.textValue().isBlank())) {
            invalid.add(new Problem.InvalidParam("reason", "Verplicht: waarom de norm verandert."));
        } else if (!why.isTextual()) {
            invalid.add(new Problem.InvalidParam("reason", "Moet tekst zijn."));
        } else if (why.textValue().strip().length() > MAX_REASON) {
            invalid.add(new Problem.InvalidParam("reason", "Ten hoogste " + MAX_REASON + " tekens."));
        } else {
            reason = why.textValue().strip();
        }
        if (!invalid.isEmpty()) {
            throw invalid(invalid);
        }
        return new CostNormChange(unitCost.setScale(2), lifespan, reason);
    }

    private static ProblemException invalid(List<Problem.InvalidParam> params) {
        return new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer",
                "Een of meer velden zijn niet geldig.").withInvalidParams(params));
    }
}
