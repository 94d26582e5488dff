package nl.assen.groenagenda.workflow.web;

import java.util.List;

/** The body of every list: {@code {"items": [...], "page", "pageSize", "totalItems", "totalPages"}}. */
public record PageResponse<T>(List<T> items, int page, int pageSize, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
        int totalPages = (int) ((totalItems + query.pageSize() - 1) / query.pageSize());
        return new PageResponse<>(List.copyOf(items), query.page(), query.pageSize(), totalItems, totalPages);
    }
}
