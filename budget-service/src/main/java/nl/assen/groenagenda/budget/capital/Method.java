package nl.assen.groenagenda.budget.capital;

/** How an investment is depreciated (afschrijvingsmethode). */
public enum Method {
    /** Equal capital charges every year (annuïtair): depreciation grows as the interest falls. */
    ANNUITY,
    /** Equal depreciation every year (lineair): the charges fall with the interest on the book value. */
    LINEAR
}
