package nl.assen.groenagenda.budget.capital;

/** In which year depreciation (and interest) of an investment starts. */
public enum FirstDepreciation {
    /** The year after the investment year: the usual rule when an asset comes into use during the year. */
    YEAR_AFTER,
    /** The investment year itself. */
    SAME_YEAR
}
