package nl.assen.groenagenda.budget.capital;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalChargeCalculatorTest {

    private static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");

    private static Investment replacementBudget(Method method) {
        return new Investment(new BigDecimal("280000"), 2025, method, 20, TWO_PERCENT, FirstDepreciation.YEAR_AFTER, null);
    }

    private static long euros(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static List<ScheduleYear> chargingYears(List<ScheduleYear> schedule) {
        return schedule.stream().filter(year -> year.capitalCharges().signum() > 0).toList();
    }

    @Test
    void anAnnuityOf280000Over20YearsAt2PercentCosts17124EveryYear() {
        List<ScheduleYear> schedule = CapitalChargeCalculator.schedule(replacementBudget(Method.ANNUITY));

        List<ScheduleYear> charging = chargingYears(schedule);
        assertThat(charging).hasSize(20);
        assertThat(charging).allSatisfy(year -> assertThat(euros(year.capitalCharges())).isEqualTo(17_124));
        assertThat(charging.get(0).capitalCharges()).isEqualByComparingTo("17123.88");
        assertThat(charging.get(0).year()).as("depreciation starts the year after").isEqualTo(2026);
        assertThat(charging.get(0).interest()).isEqualByComparingTo("5600.00");
        assertThat(schedule.get(schedule.size() - 1).bookValue()).isEqualByComparingTo("0.00");
        BigDecimal depreciated = schedule.stream().map(ScheduleYear::depreciation).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(depreciated).as("the whole value, to the cent").isEqualByComparingTo("280000.00");
    }

    @Test
    void twentyYearlyTranchesOfTheAnnuityCost342478AYearByTheTwentiethYear() {
        List<ScheduleYear> charging = chargingYears(
                CapitalChargeCalculator.yearlyTranches(replacementBudget(Method.ANNUITY), 20));

        ScheduleYear twentieth = charging.get(19);
        assertThat(twentieth.year()).isEqualTo(2045);
        assertThat(euros(twentieth.capitalCharges())).isEqualTo(342_478);
        assertThat(euros(charging.get(0).capitalCharges())).as("one tranche in its first year").isEqualTo(17_124);
        assertThat(euros(charging.get(9).capitalCharges())).as("ten tranches").isEqualTo(171_239);
    }

    @Test
    void linearOver20YearsAt2PercentCosts19600InItsFirstYearAndFallsAfterwards() {
        List<ScheduleYear> charging = chargingYears(CapitalChargeCalculator.schedule(replacementBudget(Method.LINEAR)));

        assertThat(euros(charging.get(0).capitalCharges())).isEqualTo(19_600);
        assertThat(charging.get(0).depreciation()).isEqualByComparingTo("14000.00");
        assertThat(charging.get(0).interest()).isEqualByComparingTo("5600.00");
        assertThat(charging.get(0).bookValue()).isEqualByComparingTo("266000.00");
        assertThat(charging.get(1).capitalCharges()).isEqualByComparingTo("19320.00");
        assertThat(charging.get(19).capitalCharges()).isEqualByComparingTo("14280.00");
    }

    @Test
    void withSameYearDepreciationTheChargesStartInTheInvestmentYear() {
        var investment = new Investment(new BigDecimal("280000"), 2025, Method.LINEAR, 20, TWO_PERCENT,
                FirstDepreciation.SAME_YEAR, null);
        List<ScheduleYear> schedule = CapitalChargeCalculator.schedule(investment);

        assertThat(schedule).hasSize(20);
        assertThat(schedule.get(0).year()).isEqualTo(2025);
        assertThat(schedule.get(0).capitalCharges()).isEqualByComparingTo("19600.00");
    }

    @Test
    void aThirdPartyContributionIsDeductedFromTheValueBeforeDepreciation() {
        var investment = new Investment(new BigDecimal("280000"), 2025, Method.LINEAR, 20, TWO_PERCENT,
                FirstDepreciation.YEAR_AFTER, new BigDecimal("80000"));
        List<ScheduleYear> schedule = CapitalChargeCalculator.schedule(investment);

        assertThat(schedule.get(0).bookValue()).as("investment year").isEqualByComparingTo("200000.00");
        assertThat(schedule.get(1).depreciation()).isEqualByComparingTo("10000.00");
        assertThat(schedule.get(1).interest()).isEqualByComparingTo("4000.00");
    }

    @Test
    void printedFiguresAlwaysAddUpAndTheLastYearClosesTheBookValue() {
        var awkward = new Investment(new BigDecimal("100000.01"), 2030, Method.ANNUITY, 7, new BigDecimal("0.0317"),
                FirstDepreciation.SAME_YEAR, new BigDecimal("0.02"));
        List<ScheduleYear> schedule = CapitalChargeCalculator.yearlyTranches(awkward, 3);

        assertThat(schedule).allSatisfy(year ->
                assertThat(year.depreciation().add(year.interest())).isEqualByComparingTo(year.capitalCharges()));
        assertThat(schedule.get(schedule.size() - 1).bookValue()).isEqualByComparingTo("0.00");
        BigDecimal depreciated = schedule.stream().map(ScheduleYear::depreciation).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(depreciated.subtract(new BigDecimal("299999.97")).abs()).isLessThanOrEqualTo(new BigDecimal("0.03"));
    }

    @Test
    void aValueThatDoesNotDivideEvenlyPrintsNoNegativeInterestAndStillAddsUp() {
        var thirds = new Investment(new BigDecimal("100"), 2025, Method.LINEAR, 3, BigDecimal.ZERO,
                FirstDepreciation.SAME_YEAR, null);
        List<ScheduleYear> schedule = CapitalChargeCalculator.schedule(thirds);

        assertThat(schedule).extracting(ScheduleYear::depreciation).extracting(BigDecimal::toPlainString)
                .containsExactly("33.33", "33.34", "33.33");
        assertThat(schedule).extracting(ScheduleYear::interest).allSatisfy(interest -> assertThat(interest).isZero());
        assertThat(schedule).extracting(ScheduleYear::bookValue).extracting(BigDecimal::toPlainString)
                .containsExactly("66.67", "33.33", "0.00");
    }

    @Test
    void atZeroInterestAnAnnuityDepreciatesInEqualParts() {
        var free = new Investment(new BigDecimal("1000"), 2025, Method.ANNUITY, 4, BigDecimal.ZERO,
                FirstDepreciation.SAME_YEAR, null);
        assertThat(CapitalChargeCalculator.schedule(free))
                .extracting(ScheduleYear::capitalCharges)
                .allSatisfy(charges -> assertThat(charges).isEqualByComparingTo("250.00"));
    }
}
