package nl.assen.groenagenda.asset.query;

import java.util.List;
import nl.assen.groenagenda.platform.paging.PageRequest;

/** A validated list query: every filter is optional, an empty list means "any". */
record AssetQuery(List<String> types, List<String> subtypes, List<String> districts, List<String> conditions,
                  List<String> statuses, Integer dueBefore, WgsBox bbox, List<SortKey> sort, PageRequest paging) {

    /** A whitelisted sort key: the column it orders by, descending when the parameter had a '-'. */
    record SortKey(String column, boolean descending) {
    }
}
