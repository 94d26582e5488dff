package nl.assen.groenagenda.budget.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euros with cents, or whole thousands of euros as council tables show them ("bedragen x EUR 1.000"). */
public enum Unit {
    EUR("euros", "Bedragen in EUR"),
    THOUSANDS_OF_EUR("thousands", "Bedragen x EUR 1.000");

    private final String parameter;
    private final String caption;

    Unit(String parameter, String caption) {
        this.parameter = parameter;
        this.caption = caption;
    }

    /** The value of query parameter {@code unit}, or null. */
    static Unit ofParameter(String value) {
        for (Unit unit : values()) {
            if (unit.parameter.equals(value)) {
                return unit;
            }
        }
        return null;
    }

    String parameter() {
        return parameter;
    }

    /** The line a table states its unit in. */
    String caption() {
        return caption;
    }

    /** An amount in euros in this unit; thousands are rounded half-up to whole thousands. */
    BigDecimal convert(BigDecimal euros) {
        return this == EUR ? euros : euros.movePointLeft(3).setScale(0, RoundingMode.HALF_UP);
    }
}
