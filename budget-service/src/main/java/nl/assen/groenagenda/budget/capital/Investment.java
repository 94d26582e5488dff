package nl.assen.groenagenda.budget.capital;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One investment (one tranche): its amount, the year it is made, and how it is depreciated. A
 * third-party contribution is deducted from the value that is depreciated (BBV art. 62).
 *
 * @param interestRate a fraction: 0.02 is 2%
 */
public record Investment(BigDecimal amount, int year, Method method, int termYears, BigDecimal interestRate,
                         FirstDepreciation firstDepreciation, BigDecimal contribution) {

    public Investment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(interestRate, "interestRate");
        firstDepreciation = firstDepreciation == null ? FirstDepreciation.YEAR_AFTER : firstDepreciation;
        contribution = contribution == null ? BigDecimal.ZERO : contribution;
        if (amount.signum() < 0 || contribution.signum() < 0 || contribution.compareTo(amount) > 0) {
            throw new IllegalArgumentException("amount and contribution must satisfy 0 <= contribution <= amount");
        }
        if (termYears < 1) {
            throw new IllegalArgumentException("termYears must be at least 1");
        }
        if (interestRate.signum() < 0) {
            throw new IllegalArgumentException("interestRate must not be negative");
        }
    }

    /** The value that is depreciated: the amount less the third party's contribution. */
    public BigDecimal value() {
        return amount.subtract(contribution);
    }

    public int firstDepreciationYear() {
        return firstDepreciation == FirstDepreciation.YEAR_AFTER ? year + 1 : year;
    }

    /** This investment repeated in {@code count} consecutive years, starting with its own year. */
    public List<Investment> yearlyTranches(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        List<Investment> tranches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tranches.add(new Investment(amount, year + i, method, termYears, interestRate, firstDepreciation, contribution));
        }
        return tranches;
    }
}
