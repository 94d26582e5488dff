package nl.assen.groenagenda.platform.versioned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class VersionedMemoTest {

    @Test
    void aValueIsHandedOutOnlyAtTheVersionItWasReadAt() {
        VersionedMemo<String, Long> memo = new VersionedMemo<>(10);
        memo.put("district=Lariks", 7, 157L);

        assertThat(memo.get("district=Lariks", 7)).contains(157L);
        assertThat(memo.get("district=Lariks", 8)).isEmpty();
        assertThat(memo.get("district=Lariks", 6)).isEmpty();
        assertThat(memo.get("district=Peelo", 7)).isEmpty();
    }

    @Test
    void aLateReadAtAnOlderVersionDoesNotReplaceANewerOne() {
        VersionedMemo<String, Long> memo = new VersionedMemo<>(10);
        memo.put("all", 9, 300L);
        memo.put("all", 8, 299L);

        assertThat(memo.get("all", 9)).contains(300L);
        assertThat(memo.get("all", 8)).isEmpty();

        memo.put("all", 10, 301L);
        assertThat(memo.get("all", 10)).contains(301L);
    }

    @Test
    void aFullMemoStartsOverInsteadOfGrowing() {
        VersionedMemo<Integer, String> memo = new VersionedMemo<>(2);
        memo.put(1, 1, "een");
        memo.put(2, 1, "twee");
        memo.put(2, 2, "twee, nieuwer");
        assertThat(memo.get(1, 1)).contains("een");

        memo.put(3, 1, "drie");

        assertThat(memo.get(1, 1)).isEmpty();
        assertThat(memo.get(2, 2)).isEmpty();
        assertThat(memo.get(3, 1)).contains("drie");
    }

    @Test
    void capacityZeroRemembersNothing() {
        VersionedMemo<String, String> memo = new VersionedMemo<>(0);
        memo.put("a", 1, "x");

        assertThat(memo.enabled()).isFalse();
        assertThat(memo.get("a", 1)).isEmpty();
        assertThatThrownBy(() -> new VersionedMemo<String, String>(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rememberedOrReadsOnlyWhatIsNotRememberedAtTheCurrentVersion() {
        VersionedMemo<String, String> memo = new VersionedMemo<>(10);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger versionReads = new AtomicInteger();
        memo.put("a", 3, "remembered");

        assertThat(memo.rememberedOr(Mono.fromCallable(() -> 3L), "a", () -> {
            reads.incrementAndGet();
            return Mono.just("read");
        }).block()).isEqualTo("remembered");
        assertThat(memo.rememberedOr(Mono.fromCallable(() -> 4L), "a", () -> {
            reads.incrementAndGet();
            return Mono.just("read");
        }).block()).isEqualTo("read");
        assertThat(reads).hasValue(1);

        VersionedMemo<String, String> none = new VersionedMemo<>(0);
        assertThat(none.rememberedOr(Mono.fromCallable(versionReads::incrementAndGet).map(Long::valueOf), "a",
                () -> Mono.just("read")).block()).isEqualTo("read");
        assertThat(versionReads).as("no version asked for when nothing is remembered").hasValue(0);
    }
}
