package nl.assen.groenagenda.platform.paging;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A list answered with its Link header, as every list endpoint of the suite does. */
public final class PagedResponses {

    private PagedResponses() {
    }

    /**
     * For a short list read whole (reference data): checks the paging parameters first, so that bad
     * ones are refused without a query, then answers the requested page.
     */
    public static <T> Mono<ResponseEntity<PagedList<T>>> slice(ServerHttpRequest request, String page, String pageSize,
                                                              Flux<T> all) {
        PageRequest paging = PageRequest.of(page, pageSize);
        return all.collectList().map(items -> ok(request, PagedList.slice(items, paging)));
    }

    public static <T> ResponseEntity<PagedList<T>> ok(ServerHttpRequest request, PagedList<T> list) {
        return ResponseEntity.ok()
                .header(LinkHeader.NAME, LinkHeader.of(request.getURI(), list))
                .body(list);
    }
}
