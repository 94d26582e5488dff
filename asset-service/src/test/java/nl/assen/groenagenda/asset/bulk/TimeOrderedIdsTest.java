package nl.assen.groenagenda.asset.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7WithTheTimestampAndRiseAsTextAsPostgresqlOrdersThem() {
        long millis = 1_764_500_000_000L;
        TimeOrderedIds ids = new TimeOrderedIds(millis);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) { // past 2^12, where the counter carries into rand_a
            UUID id = ids.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
            texts.add(id.toString());
        }
        assertThat(texts).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aTimestampOutside48BitsIsRefused() {
        assertThatThrownBy(() -> new TimeOrderedIds(1L << 48)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeOrderedIds(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
