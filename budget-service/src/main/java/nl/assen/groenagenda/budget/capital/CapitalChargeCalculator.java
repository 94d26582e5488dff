package nl.assen.groenagenda.budget.capital;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Capital charges (kapitaallasten) of investments per the BBV: depreciation plus interest on the book
 * value at the start of each year. Pure: no Spring, no database, no state.
 *
 * <p><b>Methods.</b> {@link Method#ANNUITY}: one yearly payment {@code V * r / (1 - (1 + r)^-n)}
 * (or {@code V / n} at 0%), of which the interest on the book value is interest and the rest
 * depreciation. {@link Method#LINEAR}: depreciation {@code V / n} a year, plus interest on the book
 * value. {@code V} is the amount less any third-party contribution (BBV art. 62). Depreciation starts
 * in the investment year or the year after ({@link FirstDepreciation}); with YEAR_AFTER the investment
 * year is listed with no charges and the full value as book value. The last year depreciates exactly
 * what is left, so the book value ends at zero.
 *
 * <p><b>Rounding rule.</b> Everything is computed unrounded, with 34 significant digits
 * ({@link MathContext#DECIMAL128}); sums over tranches add the unrounded figures. Only the figures
 * handed out are rounded, to cents, half up, and so that the printed columns agree with each other:
 * <ul>
 *   <li>the book value at year end and the interest are their exact values rounded;</li>
 *   <li>the depreciation is the previous printed book value plus what was invested that year minus
 *       this year's printed book value: the printed depreciation thus adds up to exactly the value
 *       invested, and each year differs at most one cent from its exact rounding;</li>
 *   <li>the capital charges are the printed depreciation plus the printed interest, so the columns
 *       always add up; they too are at most one cent from the exact charges rounded.</li>
 * </ul>
 * Nothing is rounded before that: EUR 280,000 as an annuity over 20 years at 2% gives 17,123.88 a
 * year, and 20 such tranches 342,477.62 in the 20th year of charges (20 x 17,123.8811), not a sum of
 * twenty separately rounded figures. No printed figure is ever negative.
 */
public final class CapitalChargeCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private CapitalChargeCalculator() {
    }

    /** The schedule of one investment, from its investment year to its last year of depreciation. */
    public static List<ScheduleYear> schedule(Investment investment) {
        return rounded(exact(List.of(investment)));
    }

    /** The summed schedule of several investments (tranches), over every year any of them runs. */
    public static List<ScheduleYear> schedule(Collection<Investment> investments) {
        if (investments.isEmpty()) {
            return List.of();
        }
        return rounded(exact(investments));
    }

    /** {@code count} yearly tranches of the same investment, summed per year. */
    public static List<ScheduleYear> yearlyTranches(Investment first, int count) {
        return schedule(first.yearlyTranches(count));
    }

    /** Unrounded figures of a year; {@code invested} is the value that came in that year. */
    private record Exact(BigDecimal invested, BigDecimal depreciation, BigDecimal interest, BigDecimal bookValue) {
        static final Exact ZERO = new Exact(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Exact plus(Exact other) {
            return new Exact(invested.add(other.invested, PRECISION), depreciation.add(other.depreciation, PRECISION),
                    interest.add(other.interest, PRECISION), bookValue.add(other.bookValue, PRECISION));
        }
    }

    private static TreeMap<Integer, Exact> exact(Collection<Investment> investments) {
        TreeMap<Integer, Exact> years = new TreeMap<>();
        for (Investment investment : investments) {
            exactOne(investment).forEach((year, figures) -> years.merge(year, figures, Exact::plus));
        }
        // A year between tranches in which none of them runs still belongs in the list, with zeros.
        for (int year = years.firstKey(); year <= years.lastKey(); year++) {
            years.putIfAbsent(year, Exact.ZERO);
        }
        return years;
    }

    private static Map<Integer, Exact> exactOne(Investment investment) {
        Map<Integer, Exact> years = new TreeMap<>();
        BigDecimal book = investment.value();
        BigDecimal rate = investment.interestRate();
        int n = investment.termYears();
        int start = investment.firstDepreciationYear();
        if (start > investment.year()) {
            years.put(investment.year(), new Exact(book, BigDecimal.ZERO, BigDecimal.ZERO, book));
        }
        BigDecimal linearDepreciation = book.divide(BigDecimal.valueOf(n), PRECISION);
        BigDecimal annuity = annuity(book, rate, n);
        for (int k = 0; k < n; k++) {
            BigDecimal interest = book.multiply(rate, PRECISION);
            BigDecimal depreciation;
            if (k == n - 1) {
                depreciation = book;
            } else if (investment.method() == Method.ANNUITY) {
                depreciation = annuity.subtract(interest, PRECISION);
            } else {
                depreciation = linearDepreciation;
            }
            book = book.subtract(depreciation, PRECISION);
            BigDecimal invested = start + k == investment.year() ? investment.value() : BigDecimal.ZERO;
            years.put(start + k, new Exact(invested, depreciation, interest, book));
        }
        return years;
    }

    /** The yearly payment that pays off {@code value} with interest in {@code n} equal instalments. */
    static BigDecimal annuity(BigDecimal value, BigDecimal rate, int n) {
        if (rate.signum() == 0) {
            return value.divide(BigDecimal.valueOf(n), PRECISION);
        }
        BigDecimal growth = BigDecimal.ONE.add(rate).pow(n, PRECISION);
        BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, PRECISION), PRECISION);
        return value.multiply(rate, PRECISION).divide(discount, PRECISION);
    }

    private static List<ScheduleYear> rounded(TreeMap<Integer, Exact> years) {
        List<ScheduleYear> schedule = new ArrayList<>(years.size());
        BigDecimal previousBook = BigDecimal.ZERO.setScale(2);
        for (var entry : years.entrySet()) {
            Exact exact = entry.getValue();
            BigDecimal book = cents(exact.bookValue);
            BigDecimal depreciation = previousBook.add(cents(exact.invested)).subtract(book);
            BigDecimal interest = cents(exact.interest);
            schedule.add(new ScheduleYear(entry.getKey(), depreciation, interest, depreciation.add(interest), book));
            previousBook = book;
        }
        return List.copyOf(schedule);
    }

    private static BigDecimal cents(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
