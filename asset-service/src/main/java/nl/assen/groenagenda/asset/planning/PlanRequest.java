package nl.assen.groenagenda.asset.planning;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The body of {@code POST /replacement-plans}: {@code startYear} (default: the current year), {@code years}
 * (default 20), {@code annualBudget} (default 280000), {@code strategy} (default
 * OLDEST_PAST_END_OF_LIFE_FIRST), {@code includeAssetIds} (default false) and, to save the plan, a
 * {@code name}. Read from the raw JSON so that every invalid field is named at once, wrong types too.
 */
record PlanRequest(PlanParameters parameters, String name, boolean includeAssetIds) {

    static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000.00");
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");
    /** Names that are paths of their own under /replacement-plans. */
    static final List<String> RESERVED_NAMES = List.of("comparison");

    static PlanRequest from(JsonNode body, int currentYear, List<String> heatStressDistricts) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!body.isObject()) {
            throw invalid(List.of(new Problem.InvalidParam("body", "Verwacht een JSON-object.")));
        }
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        Integer startYear = integer(body, "startYear", 2000, 2100, currentYear, invalid);
        Integer years = integer(body, "years", 1, 50, PlanParameters.DEFAULT_YEARS, invalid);

        BigDecimal budget = PlanParameters.DEFAULT_ANNUAL_BUDGET;
        JsonNode amount = body.get("annualBudget");
        if (amount != null && !amount.isNull()) {
            if (!amount.isNumber()) {
                invalid.add(new Problem.InvalidParam("annualBudget", "Moet een getal zijn (euro's)."));
            } else {
                BigDecimal value = amount.decimalValue();
                if (value.signum() < 0) {
                    invalid.add(new Problem.InvalidParam("annualBudget", "Mag niet negatief zijn."));
                } else if (value.stripTrailingZeros().scale() > 2) {
                    invalid.add(new Problem.InvalidParam("annualBudget", "Ten hoogste twee decimalen (centen)."));
                } else if (value.compareTo(MAX_BUDGET) > 0) {
                    invalid.add(new Problem.InvalidParam("annualBudget", "Ten hoogste 1.000.000.000,00 per jaar."));
                } else {
                    budget = value.setScale(2);
                }
            }
        }

        PlanStrategy strategy = PlanParameters.DEFAULT_STRATEGY;
        JsonNode how = body.get("strategy");
        if (how != null && !how.isNull()) {
            PlanStrategy known = how.isTextual() ? Arrays.stream(PlanStrategy.values())
                    .filter(s -> s.name().equals(how.textValue())).findFirst().orElse(null) : null;
            if (known == null) {
                invalid.add(new Problem.InvalidParam("strategy", "Onbekende strategie; kies uit "
                        + Arrays.toString(PlanStrategy.values()) + "."));
            } else {
                strategy = known;
            }
        }

        String name = null;
        JsonNode named = body.get("name");
        if (named != null && !named.isNull()) {
            if (!named.isTextual() || !NAME.matcher(named.textValue()).matches()) {
                invalid.add(new Problem.InvalidParam("name", "Een naam van 1 tot 80 tekens: letters, cijfers, '-' en '_', "
                        + "beginnend met een letter of cijfer."));
            } else if (RESERVED_NAMES.contains(named.textValue())) {
                invalid.add(new Problem.InvalidParam("name", "'" + named.textValue() + "' is gereserveerd."));
            } else {
                name = named.textValue();
            }
        }

        boolean includeAssetIds = false;
        JsonNode ids = body.get("includeAssetIds");
        if (ids != null && !ids.isNull()) {
            if (!ids.isBoolean()) {
                invalid.add(new Problem.InvalidParam("includeAssetIds", "Moet true of false zijn."));
            } else {
                includeAssetIds = ids.booleanValue();
            }
        }

        if (!invalid.isEmpty()) {
            throw invalid(invalid);
        }
        return new PlanRequest(new PlanParameters(startYear, years, budget, strategy,
                strategy == PlanStrategy.HEAT_STRESS_DISTRICTS_FIRST ? heatStressDistricts : List.of()),
                name, includeAssetIds);
    }

    private static Integer integer(JsonNode body, String field, int min, int max, int fallback,
                                   List<Problem.InvalidParam> invalid) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            invalid.add(new Problem.InvalidParam(field, "Moet een geheel getal van " + min + " tot en met " + max + " zijn."));
            return null;
        }
        return node.intValue();
    }

    static ProblemException invalid(List<Problem.InvalidParam> params) {
        return new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer",
                "Een of meer velden zijn ongeldig.").withInvalidParams(params));
    }
}
