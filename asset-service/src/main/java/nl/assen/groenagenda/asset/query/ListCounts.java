package nl.assen.groenagenda.asset.query;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The totals of filtered lists, remembered per register version (table {@code register_version}, raised
 * by every statement that changes the register). Paging through one filter then counts it once, not once
 * per page: with 250,000 assets the count is most of what a page costs. A total is only used for a page
 * read at the very version it was counted at, so it is exact. Bounded: when full it starts over.
 */
final class ListCounts {

    private record Counted(long version, long count) {
    }

    private final int capacity;
    private final Map<String, Counted> counts = new ConcurrentHashMap<>();

    ListCounts(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    OptionalLong get(String filter, long version) {
        Counted counted = counts.get(filter);
        return counted != null && counted.version() == version ? OptionalLong.of(counted.count()) : OptionalLong.empty();
    }

    void put(String filter, long version, long count) {
        if (counts.size() >= capacity && !counts.containsKey(filter)) {
            counts.clear();
        }
        counts.merge(filter, new Counted(version, count), (old, counted) -> counted.version() >= old.version() ? counted : old);
    }
}
