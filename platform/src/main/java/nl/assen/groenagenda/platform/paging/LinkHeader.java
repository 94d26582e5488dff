package nl.assen.groenagenda.platform.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/** RFC 8288 links to the first, previous, next and last page, keeping the caller's other parameters. */
public final class LinkHeader {

    public static final String NAME = "Link";

    private LinkHeader() {
    }

    public static String of(URI requestUri, PagedList<?> list) {
        List<String> links = new ArrayList<>();
        links.add(link(requestUri, 1, list.pageSize(), "first"));
        if (list.page() > 1) {
            links.add(link(requestUri, Math.min(list.page() - 1, list.totalPages()), list.pageSize(), "prev"));
        }
        if (list.page() < list.totalPages()) {
            links.add(link(requestUri, list.page() + 1, list.pageSize(), "next"));
        }
        links.add(link(requestUri, list.totalPages(), list.pageSize(), "last"));
        return String.join(", ", links);
    }

    private static String link(URI requestUri, int page, int pageSize, String rel) {
        String uri = UriComponentsBuilder.fromUri(requestUri)
                .scheme(null).host(null).port(-1)
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", pageSize)
                .build().toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
