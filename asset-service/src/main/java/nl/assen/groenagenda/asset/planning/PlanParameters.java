package nl.assen.groenagenda.asset.planning;

import java.math.BigDecimal;
import java.util.List;

/**
 * The parameters of one plan, defaults applied. {@code heatStressDistricts} is only used by
 * {@link PlanStrategy#HEAT_STRESS_DISTRICTS_FIRST}; it is configuration, not a fact of the register.
 */
public record PlanParameters(int startYear, int years, BigDecimal annualBudget, PlanStrategy strategy,
                             List<String> heatStressDistricts) {

    public static final int DEFAULT_YEARS = 20;
    public static final BigDecimal DEFAULT_ANNUAL_BUDGET = new BigDecimal("280000.00");
    public static final PlanStrategy DEFAULT_STRATEGY = PlanStrategy.OLDEST_PAST_END_OF_LIFE_FIRST;

    public PlanParameters {
        heatStressDistricts = heatStressDistricts == null ? List.of() : List.copyOf(heatStressDistricts);
    }
}
