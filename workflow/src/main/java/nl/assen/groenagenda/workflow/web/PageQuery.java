package nl.assen.groenagenda.workflow.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code ?page=1&pageSize=50} as NL API Design Rules lists take it: 1-based, at most 500 a page.
 * Bound as one object, so that every invalid parameter is reported at once.
 */
public record PageQuery(
        @Schema(description = "Paginanummer, vanaf 1", defaultValue = "1", minimum = "1")
        @Min(value = 1, message = "Moet 1 of groter zijn.")
        Integer page,
        @Schema(description = "Aantal per pagina", defaultValue = "50", minimum = "1", maximum = "500")
        @Min(value = 1, message = "Moet tussen 1 en " + PageQuery.MAX_PAGE_SIZE + " liggen.")
        @Max(value = PageQuery.MAX_PAGE_SIZE, message = "Moet tussen 1 en " + PageQuery.MAX_PAGE_SIZE + " liggen.")
        Integer pageSize) {

    public static final int MAX_PAGE_SIZE = 500;
    public static final int DEFAULT_PAGE_SIZE = 50;

    public PageQuery {
        page = page == null ? 1 : page;
        pageSize = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
