package nl.assen.groenagenda.asset.norm;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rule for an asset's replacement value: quantity x unit cost of its norm, computed exactly
 * (BigDecimal, or NUMERIC in SQL) and rounded once, half up, to whole cents. Rounding per asset, not
 * per total, means the register's total is exactly the sum of what each asset shows. SQL applies the
 * same rule as {@code round(quantity * unit_cost, 2)}: PostgreSQL rounds NUMERIC halves away from zero,
 * which for values that are never negative is half up.
 */
public final class Valuation {

    private Valuation() {
    }

    public static BigDecimal replacementValue(BigDecimal quantity, BigDecimal unitCost) {
        return quantity.multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
    }
}
