package nl.assen.groenagenda.asset.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** Sort key layout: rank of the id in bits 0-27, due year (from the earliest) in 28-59, strategy class above. */
    private static final int DUE_SHIFT = 28;
    private static final int PRIORITY_SHIFT = 60;
    private static final long RANK_MASK = (1L << DUE_SHIFT) - 1;

    public ReplacementPlan plan(List<PlannedAsset> assets, PlanParameters parameters, boolean includeAssetIds) {
        int n = assets.size();
        long[] value = new long[n];
        int[] due = new int[n];
        int[] lifespan = new int[n];
        int[] conditionRank = new int[n];
        boolean[] heat = new boolean[n];
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
            stock += value[i];
            need += (double) value[i] / asset.lifespanYears();
            if (value[i] > budget) {
                oversizedCount++;
                oversizedValue += value[i];
            }
        }
        // The order of the candidates as one long per asset: strategy class, due year, then the rank of
        // its id. Only funding changes an asset's due year, and a funded asset leaves the candidates, so
        // the waiting ones keep their order from year to year: each year the newly due are sorted and
        // merged in, instead of sorting every candidate again.
        int[] byRank = idOrder(assets);
        int[] rankOf = new int[n];
        for (int rank = 0; rank < n; rank++) {
            rankOf[byRank[rank]] = rank;
        }
        int[] priority = new int[n];
        int earliestDue = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            priority[i] = switch (parameters.strategy()) {
                case OLDEST_PAST_END_OF_LIFE_FIRST -> 0;
                case WORST_CONDITION_FIRST -> conditionRank[i];
                case HEAT_STRESS_DISTRICTS_FIRST -> heat[i] ? 0 : 1;
            };
            earliestDue = Math.min(earliestDue, due[i]);
        }
        long[] waiting = new long[n];
        long[] merged = new long[n];
        long[] arriving = new long[n];
        int waitingCount = 0;

        long initialBacklog = backlog(value, due, parameters.startYear() - 1)[0];
        List<ReplacementPlan.Year> years = new ArrayList<>(parameters.years());
        long cumulative = 0;
        long totalCount = 0;
        long lastBacklog = initialBacklog;
        for (int y = 0; y < parameters.years(); y++) {
            int year = parameters.startYear() + y;
            long newlyDue = 0;
            int arrivingCount = 0;
            for (int i = 0; i < n; i++) {
                if (due[i] == year) {
                    newlyDue += value[i];
                }
                boolean becomesCandidate = y == 0 ? due[i] <= year : due[i] == year;
                if (becomesCandidate && value[i] > 0 && value[i] <= budget) {
                    arriving[arrivingCount++] = ((long) priority[i] << PRIORITY_SHIFT)
                            | ((long) (due[i] - earliestDue) << DUE_SHIFT) | rankOf[i];
                }
            }
            Arrays.sort(arriving, 0, arrivingCount);
            int candidates = merge(waiting, waitingCount, arriving, arrivingCount, merged);
            long left = budget;
            int count = 0;
            waitingCount = 0;
            List<UUID> ids = includeAssetIds ? new ArrayList<>() : null;
            for (int c = 0; c < candidates; c++) {
                int i = byRank[(int) (merged[c] & RANK_MASK)];
                if (value[i] <= left) {
                    left -= value[i];
                    due[i] = year + lifespan[i];
                    count++;
                    if (ids != null) {
                        ids.add(assets.get(i).id());
                    }
                } else {
                    waiting[waitingCount++] = merged[c];
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

    /** Merges two sorted runs into {@code into}; returns the merged length. */
    private static int merge(long[] a, int aLength, long[] b, int bLength, long[] into) {
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < aLength && j < bLength) {
            into[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        System.arraycopy(a, i, into, k, aLength - i);
        k += aLength - i;
        System.arraycopy(b, j, into, k, bLength - j);
        return k + bLength - j;
    }

    /**
     * The asset indices in the order of their ids as text (what the plan's ties are broken on), which is
     * the unsigned order of the two halves. One primitive sort on the upper bits of the first half with
     * the index in the lower bits; the rare ids that share those upper bits are then put in full order.
     */
    private static int[] idOrder(List<PlannedAsset> assets) {
        int n = assets.size();
        if (n > RANK_MASK) {
            throw new IllegalArgumentException("a plan takes at most " + RANK_MASK + " assets");
        }
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
        long indexMask = (1L << indexBits) - 1;
        long[] high = new long[n];
        long[] low = new long[n];
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            UUID id = assets.get(i).id();
            high[i] = id.getMostSignificantBits();
            low[i] = id.getLeastSignificantBits();
            // Flipping the sign bit makes signed order the unsigned order.
            packed[i] = ((high[i] ^ Long.MIN_VALUE) & ~indexMask) | i;
        }
        Arrays.sort(packed);
        int[] byRank = new int[n];
        for (int rank = 0; rank < n; rank++) {
            byRank[rank] = (int) (packed[rank] & indexMask);
        }
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && (packed[end] & ~indexMask) == (packed[start] & ~indexMask)) {
                end++;
            }
            if (end - start > 1) {
                Integer[] run = new Integer[end - start];
                for (int r = 0; r < run.length; r++) {
                    run[r] = byRank[start + r];
                }
                Arrays.sort(run, (a, b) -> {
                    int byHigh = Long.compareUnsigned(high[a], high[b]);
                    return byHigh != 0 ? byHigh : Long.compareUnsigned(low[a], low[b]);
                });
                for (int r = 0; r < run.length; r++) {
                    byRank[start + r] = run[r];
                }
            }
            start = end;
        }
        return byRank;
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
