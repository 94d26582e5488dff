package nl.assen.groenagenda.asset.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Makes a replacement plan from the present assets. Pure: no database, no Spring, no clock; the same
 * input gives the same plan.
 *
 * <p>Rules, per plan year Y:
 * <ul>
 *   <li>Candidates are the assets with a replacement value above zero whose due year is Y or earlier
 *       (past their end of life). Assets without a due year (unknown planting year) are never due.</li>
 *   <li>Candidates are taken in the strategy's order; an asset is funded when its whole value fits in
 *       what is left of Y's budget ("first fit"): one that does not fit waits for next year, where its
 *       place in the order is unchanged, and the rest of the year's budget goes to the next ones that
 *       fit. Whole assets only: an asset worth more than the annual budget is never funded (see
 *       {@link ReplacementPlan}).</li>
 *   <li>A funded asset gets the new due year Y + its lifespan; if that falls within the horizon it is
 *       due again.</li>
 *   <li>Budget not spent in Y lapses; it does not carry over.</li>
 *   <li>Backlog of Y = the value of assets due in Y or earlier and not renewed, after Y's replacements.</li>
 * </ul>
 */
public final class ReplacementPlanner {

    private static final int SHARE_SCALE = 6;

    public ReplacementPlan plan(List<PlannedAsset> assets, PlanParameters parameters, boolean includeAssetIds) {
        int n = assets.size();
        long[] value = new long[n];
        int[] due = new int[n];
        int[] lifespan = new int[n];
        int[] conditionRank = new int[n];
        boolean[] heat = new boolean[n];
        String[] id = new String[n];
        Set<String> heatDistricts = new HashSet<>(parameters.heatStressDistricts());
        long budget = cents(parameters.annualBudget());
        long stock = 0;
        double need = 0;
        long oversizedCount = 0;
        long oversizedValue = 0;
        for (int i = 0; i < n; i++) {
            PlannedAsset asset = assets.get(i);
            value[i] = asset.valueCents();
            due[i] = asset.dueYear() == null ? Integer.MAX_VALUE : asset.dueYear();
            lifespan[i] = asset.lifespanYears();
            conditionRank[i] = conditionRank(asset.condition());
            heat[i] = asset.district() != null && heatDistricts.contains(asset.district());
            id[i] = asset.id().toString();
            stock += value[i];
            need += (double) value[i] / asset.lifespanYears();
            if (value[i] > budget) {
                oversizedCount++;
                oversizedValue += value[i];
            }
        }
        Comparator<Integer> byDueThenId = Comparator.<Integer>comparingInt(i -> due[i]).thenComparing(i -> id[i]);
        Comparator<Integer> order = switch (parameters.strategy()) {
            case OLDEST_PAST_END_OF_LIFE_FIRST -> byDueThenId;
            case WORST_CONDITION_FIRST -> Comparator.<Integer>comparingInt(i -> conditionRank[i]).thenComparing(byDueThenId);
            case HEAT_STRESS_DISTRICTS_FIRST -> Comparator.<Integer>comparingInt(i -> heat[i] ? 0 : 1).thenComparing(byDueThenId);
        };

        long initialBacklog = backlog(value, due, parameters.startYear() - 1)[0];
        List<ReplacementPlan.Year> years = new ArrayList<>(parameters.years());
        long cumulative = 0;
        long totalCount = 0;
        long lastBacklog = initialBacklog;
        for (int y = 0; y < parameters.years(); y++) {
            int year = parameters.startYear() + y;
            long newlyDue = 0;
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (due[i] == year) {
                    newlyDue += value[i];
                }
                if (due[i] <= year && value[i] > 0 && value[i] <= budget) {
                    candidates.add(i);
                }
            }
            candidates.sort(order);
            long left = budget;
            int count = 0;
            List<UUID> ids = includeAssetIds ? new ArrayList<>() : null;
            for (int i : candidates) {
                if (left == 0) {
                    break;
                }
                if (value[i] <= left) {
                    left -= value[i];
                    due[i] = year + lifespan[i];
                    count++;
                    if (ids != null) {
                        ids.add(assets.get(i).id());
                    }
                }
            }
            long spent = budget - left;
            cumulative += spent;
            totalCount += count;
            long[] backlog = backlog(value, due, year);
            lastBacklog = backlog[0];
            years.add(new ReplacementPlan.Year(year, euros(budget), euros(spent), euros(left), euros(spent), count,
                    euros(newlyDue), euros(backlog[0]), (int) backlog[1], euros(cumulative), share(cumulative, stock),
                    ids == null ? null : List.copyOf(ids)));
        }
        long totalBudget = budget * parameters.years();
        return new ReplacementPlan(null, parameters, false, n, euros(stock),
                BigDecimal.valueOf(need / 100.0).setScale(2, RoundingMode.HALF_UP), euros(initialBacklog),
                List.copyOf(years), euros(totalBudget), euros(cumulative), euros(cumulative), totalCount,
                share(cumulative, stock), euros(lastBacklog), oversizedCount, euros(oversizedValue), null, null);
    }

    /** [value, count] of the assets due in {@code year} or earlier. */
    private static long[] backlog(long[] value, int[] due, int year) {
        long sum = 0;
        long count = 0;
        for (int i = 0; i < value.length; i++) {
            if (due[i] <= year && value[i] > 0) {
                sum += value[i];
                count++;
            }
        }
        return new long[] {sum, count};
    }

    /** D is the worst CROW level; an asset never inspected comes after every inspected one. */
    static int conditionRank(String condition) {
        if (condition == null) {
            return 5;
        }
        return switch (condition) {
            case "D" -> 0;
            case "C" -> 1;
            case "B" -> 2;
            case "A" -> 3;
            case "A+" -> 4;
            default -> 5;
        };
    }

    static long cents(BigDecimal euros) {
        return euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(SHARE_SCALE)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
