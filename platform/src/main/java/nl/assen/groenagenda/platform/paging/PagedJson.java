package nl.assen.groenagenda.platform.paging;

import java.nio.charset.StandardCharsets;

/**
 * The body of a list page whose items are already JSON, written as Jackson writes a {@link PagedList}:
 * its members in its order around the items. A service whose database writes a page's items (or that
 * remembers them) hands them over as UTF-8 bytes, because giving tens of kilobytes of ready JSON to Jackson
 * as a raw value, to be encoded again character by character, costs more than the rest of the page.
 */
public final class PagedJson {

    private static final byte[] ITEMS = "{\"items\":".getBytes(StandardCharsets.US_ASCII);

    private PagedJson() {
    }

    /**
     * @param items the page's items as one JSON array, UTF-8
     * @return the whole body, UTF-8
     */
    public static byte[] body(byte[] items, PagedList<?> paging) {
        byte[] rest = (",\"page\":" + paging.page() + ",\"pageSize\":" + paging.pageSize() + ",\"totalItems\":"
                + paging.totalItems() + ",\"totalPages\":" + paging.totalPages() + "}").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[ITEMS.length + items.length + rest.length];
        System.arraycopy(ITEMS, 0, body, 0, ITEMS.length);
        System.arraycopy(items, 0, body, ITEMS.length, items.length);
        System.arraycopy(rest, 0, body, ITEMS.length + items.length, rest.length);
        return body;
    }
}
