package nl.assen.groenagenda.platform.paging;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** A list answered with its Link header, as every list endpoint of the suite does. */
public final class PagedResponses {

    private PagedResponses() {
    }

    public static <T> ResponseEntity<PagedList<T>> ok(ServerHttpRequest request, PagedList<T> list) {
        return ResponseEntity.ok()
                .header(LinkHeader.NAME, LinkHeader.of(request.getURI(), list))
                .body(list);
    }
}
