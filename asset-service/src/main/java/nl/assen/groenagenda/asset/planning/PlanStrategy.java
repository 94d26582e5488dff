package nl.assen.groenagenda.asset.planning;

/**
 * The order in which assets past their end of life are funded. Every strategy only plans assets whose
 * replacement is due (due year at or before the plan year); ties are broken by the asset id
 * (lexicographic on its text form), so that a plan is the same every time.
 */
public enum PlanStrategy {
    /** Earliest replacement due year first, then the id. */
    OLDEST_PAST_END_OF_LIFE_FIRST,
    /** Worst CROW condition first (D, C, B, A, A+, then not inspected), then the earliest due year, then the id. */
    WORST_CONDITION_FIRST,
    /** Assets in a heat-stress district first, then the earliest due year, then the id. */
    HEAT_STRESS_DISTRICTS_FIRST
}
