package nl.assen.groenagenda.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagedJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theBodyIsWhatJacksonWritesForThePagedList() throws Exception {
        String items = "[{\"id\":\"a\",\"title\":\"Wadi in Kloosterveen – fase \\\"één\\\"\"},{\"id\":\"b\",\"n\":1.50}]";
        PagedList<RawValue> list = PagedList.of(
                List.of(new RawValue("{\"id\":\"a\",\"title\":\"Wadi in Kloosterveen – fase \\\"één\\\"\"}"),
                        new RawValue("{\"id\":\"b\",\"n\":1.50}")),
                new PageRequest(3, 2), 7);

        byte[] body = PagedJson.body(items.getBytes(StandardCharsets.UTF_8), list);

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(mapper.writeValueAsString(list));
    }

    @Test
    void anEmptyPageBeyondTheLastStillCarriesTheTotals() throws Exception {
        PagedList<RawValue> list = PagedList.of(List.of(), new PageRequest(9, 50), 120);

        byte[] body = PagedJson.body("[]".getBytes(StandardCharsets.UTF_8), list);

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(mapper.writeValueAsString(list))
                .endsWith("\"page\":9,\"pageSize\":50,\"totalItems\":120,\"totalPages\":3}");
    }
}
