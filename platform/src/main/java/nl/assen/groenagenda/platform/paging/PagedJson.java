package nl.assen.groenagenda.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;

/**
 * The body of a list page whose items are already JSON, written as Jackson writes a {@link PagedList}:
 * its members in its order around the items. A service whose database writes a page's items (or that
 * remembers them) hands them over as UTF-8 bytes, because giving tens of kilobytes of ready JSON to Jackson
 * as a raw value, to be encoded again character by character, costs more than the rest of the page. The
 * items are wrapped, not copied: a remembered page is sent from the very array it is kept in.
 */
public final class PagedJson {

    private static final byte[] ITEMS = "{\"items\":".getBytes(StandardCharsets.US_ASCII);

    private PagedJson() {
    }

    /**
     * @param items the page's items as one JSON array, UTF-8; only read
     * @return the whole body, UTF-8
     */
    public static DataBuffer body(DataBufferFactory buffers, byte[] items, PagedList<?> paging) {
        byte[] rest = (",\"page\":" + paging.page() + ",\"pageSize\":" + paging.pageSize() + ",\"totalItems\":"
                + paging.totalItems() + ",\"totalPages\":" + paging.totalPages() + "}").getBytes(StandardCharsets.US_ASCII);
        return buffers.join(List.of(buffers.wrap(ITEMS), buffers.wrap(items), buffers.wrap(rest)));
    }
}
