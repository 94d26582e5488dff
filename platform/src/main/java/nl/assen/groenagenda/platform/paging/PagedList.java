package nl.assen.groenagenda.platform.paging;

import java.util.List;

/** The body of every list the suite returns. */
public record PagedList<T>(List<T> items, int page, int pageSize, long totalItems, int totalPages) {

    public static <T> PagedList<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) Math.max(1, (totalItems + request.pageSize() - 1) / request.pageSize());
        return new PagedList<>(List.copyOf(items), request.page(), request.pageSize(), totalItems, totalPages);
    }

    /** For a list held whole in memory (reference data): cuts out the requested page. */
    public static <T> PagedList<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.pageSize());
        return of(all.subList(from, to), request, all.size());
    }
}
