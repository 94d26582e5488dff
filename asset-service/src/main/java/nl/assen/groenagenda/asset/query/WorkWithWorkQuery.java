package nl.assen.groenagenda.asset.query;

import nl.assen.groenagenda.platform.paging.PageRequest;

/**
 * A validated work-with-work question: an area (a WGS84 box or a district), the years the work takes
 * place and how many years after it an asset may fall due and still be replaced along with the work.
 */
record WorkWithWorkQuery(WgsBox bbox, String district, int fromYear, int toYear, int withinYears,
                         PageRequest paging) {

    /** The last due year still replaced along: {@code toYear + withinYears}. */
    int dueUpTo() {
        return toYear + withinYears;
    }
}
