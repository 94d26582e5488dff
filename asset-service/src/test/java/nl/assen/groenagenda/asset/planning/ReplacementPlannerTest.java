package nl.assen.groenagenda.asset.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The planner on small hand-made registers. Values in the helper are whole euros. */
class ReplacementPlannerTest {

    private final ReplacementPlanner planner = new ReplacementPlanner();

    private static PlannedAsset asset(int n, long euros, Integer due, String condition, String district) {
        return new PlannedAsset(UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n)), euros * 100, due,
                30, condition, district);
    }

    private static PlanParameters params(int start, int years, String budget, PlanStrategy strategy) {
        return new PlanParameters(start, years, new BigDecimal(budget), strategy, List.of("Centrum", "Lariks"));
    }

    private static List<List<UUID>> replaced(ReplacementPlan plan) {
        return plan.years().stream().map(ReplacementPlan.Year::assetIds).toList();
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }

    @Test
    void firstFitInOrderNeverMoreThanTheBudgetAndTheBacklogIsWhatIsDueAndNotRenewed() {
        List<PlannedAsset> assets = List.of(asset(1, 100, 2000, "A", "Peelo"), asset(2, 60, 2001, "A", "Peelo"),
                asset(3, 50, 2002, "A", "Peelo"), asset(4, 30, 2003, "A", "Peelo"), asset(5, 40, 2011, "A", "Peelo"),
                asset(6, 70, null, "D", "Peelo"), asset(7, 80, 2050, "D", "Peelo"));
        ReplacementPlan plan = planner.plan(assets, params(2010, 3, "100", PlanStrategy.OLDEST_PAST_END_OF_LIFE_FIRST), true);

        // 2010: #1 takes the whole budget. 2011: #2 (60), #3 (50) does not fit, #4 (30) does; 10 lapses.
        // 2012: #3 (50) and #5 (40, due 2011). Not due (#7) and an unknown due year (#6) are never planned.
        assertThat(replaced(plan)).containsExactly(List.of(id(1)), List.of(id(2), id(4)), List.of(id(3), id(5)));
        assertThat(plan.years()).extracting(y -> y.spent().intValue()).containsExactly(100, 90, 90);
        assertThat(plan.years()).extracting(y -> y.unspent().intValue()).containsExactly(0, 10, 10);
        assertThat(plan.years()).allSatisfy(y -> {
            assertThat(y.spent()).isLessThanOrEqualTo(y.budget());
            assertThat(y.replacedValue()).isEqualByComparingTo(y.spent());
        });
        assertThat(plan.initialBacklogValue()).isEqualByComparingTo("240");
        // End of 2010: 60+50+30 left; 2011: 50 + the newly due 40; 2012: nothing.
        assertThat(plan.years()).extracting(y -> y.backlogValue().intValue()).containsExactly(140, 90, 0);
        assertThat(plan.years()).extracting(ReplacementPlan.Year::backlogCount).containsExactly(3, 2, 0);
        assertThat(plan.years()).extracting(y -> y.newlyDueValue().intValue()).containsExactly(0, 40, 0);
        assertThat(plan.totalReplacedValue()).isEqualByComparingTo("280");
        assertThat(plan.totalReplacedCount()).isEqualTo(5);
        assertThat(plan.stockValue()).isEqualByComparingTo("430");
        assertThat(plan.replacedShare()).isEqualByComparingTo("0.651163"); // 280 / 430
        assertThat(plan.years().get(1).cumulativeReplacedShare()).isEqualByComparingTo("0.441860"); // 190 / 430
    }

    @Test
    void anAssetLargerThanTheAnnualBudgetIsNeverSplitNorFundedAndStaysInTheBacklog() {
        List<PlannedAsset> assets = List.of(asset(1, 150, 2000, "D", "Peelo"), asset(2, 40, 2001, "A", "Peelo"));
        ReplacementPlan plan = planner.plan(assets, params(2010, 2, "100", PlanStrategy.OLDEST_PAST_END_OF_LIFE_FIRST), true);
        assertThat(replaced(plan)).containsExactly(List.of(id(2)), List.of());
        assertThat(plan.oversizedCount()).isEqualTo(1);
        assertThat(plan.oversizedValue()).isEqualByComparingTo("150");
        assertThat(plan.finalBacklogValue()).isEqualByComparingTo("150");
    }

    @Test
    void eachStrategyHasItsOrderAndTiesGoById() {
        // Budget for one asset a year, so the years show the order.
        List<PlannedAsset> assets = List.of(asset(4, 10, 2000, "B", "Peelo"), asset(3, 10, 2003, "D", "Peelo"),
                asset(2, 10, 2002, "C", "Centrum"), asset(1, 10, 2002, null, "Lariks"), asset(5, 10, 2000, "D", "Peelo"));
        assertThat(replaced(planner.plan(assets, params(2010, 5, "10", PlanStrategy.OLDEST_PAST_END_OF_LIFE_FIRST), true)))
                .containsExactly(List.of(id(4)), List.of(id(5)), List.of(id(1)), List.of(id(2)), List.of(id(3)));
        assertThat(replaced(planner.plan(assets, params(2010, 5, "10", PlanStrategy.WORST_CONDITION_FIRST), true)))
                .containsExactly(List.of(id(5)), List.of(id(3)), List.of(id(2)), List.of(id(4)), List.of(id(1)));
        assertThat(replaced(planner.plan(assets, params(2010, 5, "10", PlanStrategy.HEAT_STRESS_DISTRICTS_FIRST), true)))
                .containsExactly(List.of(id(1)), List.of(id(2)), List.of(id(4)), List.of(id(5)), List.of(id(3)));
    }

    @Test
    void tiesGoByTheIdAsTextAlsoWhereJavasSignedUuidOrderDiffers() {
        // UUID.compareTo compares signed halves and puts f... before 1...; the plan follows the text, as
        // PostgreSQL sorts uuids, so a plan is the same whichever side orders the register.
        UUID low = UUID.fromString("10000000-0000-0000-0000-000000000000");
        UUID high = UUID.fromString("f0000000-0000-0000-0000-000000000000");
        UUID highLow = UUID.fromString("f0000000-0000-0000-8000-000000000000");
        List<PlannedAsset> assets = List.of(new PlannedAsset(highLow, 1000, 2000, 30, "A", "Peelo"),
                new PlannedAsset(high, 1000, 2000, 30, "A", "Peelo"), new PlannedAsset(low, 1000, 2000, 30, "A", "Peelo"));
        assertThat(high.compareTo(low)).isNegative();
        assertThat(replaced(planner.plan(assets, params(2010, 3, "10", PlanStrategy.OLDEST_PAST_END_OF_LIFE_FIRST), true)))
                .containsExactly(List.of(low), List.of(high), List.of(highLow));
    }

    @Test
    void aRenewedAssetGetsANewDueYearAndComesBackWithinTheHorizon() {
        PlannedAsset shortLived = new PlannedAsset(id(1), 1000, 2010, 2, "A", "Peelo");
        ReplacementPlan plan = planner.plan(List.of(shortLived), params(2010, 5, "10", PlanStrategy.OLDEST_PAST_END_OF_LIFE_FIRST), false);
        assertThat(plan.years()).extracting(ReplacementPlan.Year::replacedCount).containsExactly(1, 0, 1, 0, 1);
        assertThat(plan.years()).extracting(y -> y.newlyDueValue().intValue()).containsExactly(10, 0, 10, 0, 10);
        assertThat(plan.years()).allSatisfy(y -> assertThat(y.assetIds()).isNull());
        assertThat(plan.totalReplacedValue()).isEqualByComparingTo("30");
    }

    @Test
    void aZeroBudgetRenewsNothingAndTheBacklogGrowsWithWhatBecomesDue() {
        List<PlannedAsset> assets = List.of(asset(1, 100, 2009, "A", "Peelo"), asset(2, 50, 2011, "A", "Peelo"));
        ReplacementPlan plan = planner.plan(assets, params(2010, 2, "0", PlanStrategy.WORST_CONDITION_FIRST), false);
        assertThat(plan.years()).extracting(y -> y.backlogValue().intValue()).containsExactly(100, 150);
        assertThat(plan.totalReplacedValue()).isEqualByComparingTo("0");
        assertThat(plan.replacedShare()).isEqualByComparingTo("0");
    }

    @Test
    void theSameRegisterInAnyOrderGivesTheSamePlan() {
        Random random = new Random(7);
        List<PlannedAsset> assets = new ArrayList<>();
        String[] conditions = {"A+", "A", "B", "C", "D", null};
        String[] districts = {"Centrum", "Peelo", "Lariks", "Marsdijk"};
        for (int i = 0; i < 2000; i++) {
            assets.add(new PlannedAsset(UUID.randomUUID(), 100 * (1 + random.nextInt(900)), 1980 + random.nextInt(60),
                    5 + random.nextInt(40), conditions[random.nextInt(6)], districts[random.nextInt(4)]));
        }
        for (PlanStrategy strategy : PlanStrategy.values()) {
            PlanParameters parameters = params(2025, 20, "25000.50", strategy);
            ReplacementPlan first = planner.plan(assets, parameters, true);
            List<PlannedAsset> shuffled = new ArrayList<>(assets);
            Collections.shuffle(shuffled, new Random(11));
            ReplacementPlan again = planner.plan(shuffled, parameters, true);
            assertThat(again.years()).isEqualTo(first.years());
            assertThat(first.years()).allSatisfy(y -> assertThat(y.spent()).isLessThanOrEqualTo(y.budget()));
            assertThat(first.totalReplacedValue()).isPositive();
        }
    }
}
