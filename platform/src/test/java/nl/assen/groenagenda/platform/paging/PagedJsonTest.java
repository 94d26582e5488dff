package nl.assen.groenagenda.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

class PagedJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static String text(DataBuffer buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBodyIsWhatJacksonWritesForThePagedList() throws Exception {
        String items = "[{\"id\":\"a\",\"title\":\"Wadi in Kloosterveen – fase \\\"één\\\"\"},{\"id\":\"b\",\"n\":1.50}]";
        PagedList<RawValue> list = PagedList.of(
                List.of(new RawValue("{\"id\":\"a\",\"title\":\"Wadi in Kloosterveen – fase \\\"één\\\"\"}"),
                        new RawValue("{\"id\":\"b\",\"n\":1.50}")),
                new PageRequest(3, 2), 7);

        byte[] bytes = items.getBytes(StandardCharsets.UTF_8);
        DataBuffer body = PagedJson.body(DefaultDataBufferFactory.sharedInstance, bytes, list);

        assertThat(text(body)).isEqualTo(mapper.writeValueAsString(list));
        assertThat(body.readableByteCount()).isEqualTo(mapper.writeValueAsBytes(list).length);
        assertThat(text(PagedJson.body(DefaultDataBufferFactory.sharedInstance, bytes, list)))
                .as("the items' array is left as it was, for the next request").isEqualTo(mapper.writeValueAsString(list));
    }

    @Test
    void anEmptyPageBeyondTheLastStillCarriesTheTotals() throws Exception {
        PagedList<RawValue> list = PagedList.of(List.of(), new PageRequest(9, 50), 120);

        DataBuffer body = PagedJson.body(DefaultDataBufferFactory.sharedInstance, "[]".getBytes(StandardCharsets.UTF_8), list);

        assertThat(text(body)).isEqualTo(mapper.writeValueAsString(list))
                .endsWith("\"page\":9,\"pageSize\":50,\"totalItems\":120,\"totalPages\":3}");
    }
}
