package nl.assen.groenagenda.workflow.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code Link} header of a list (RFC 8288): first, prev, next, last. The targets are
 * path-absolute references, so they stay right behind the gateway whatever host name it has.
 */
public final class PageLinks {

    private PageLinks() {
    }

    public static String header(String path, PageResponse<?> page) {
        int last = Math.max(page.totalPages(), 1);
        List<String> links = new ArrayList<>();
        links.add(link(path, 1, page.pageSize(), "first"));
        if (page.page() > 1) {
            links.add(link(path, Math.min(page.page() - 1, last), page.pageSize(), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(path, page.page() + 1, page.pageSize(), "next"));
        }
        links.add(link(path, last, page.pageSize(), "last"));
        return String.join(", ", links);
    }

    private static String link(String path, int page, int pageSize, String rel) {
        String target = UriComponentsBuilder.fromPath(path)
                .queryParam("page", page)
                .queryParam("pageSize", pageSize)
                .build()
                .toUriString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
