package nl.assen.groenagenda.platform.versioned;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * What a service read from its database, remembered per key together with the version of the data it was
 * read at. The version is a number in the database that every statement changing the data raises in its own
 * transaction (a statement trigger), and it is read in the same statement as the data. A value is handed
 * out only to a reader that finds that very version, so it is exactly what reading again would give, however
 * many instances run and whoever changed the data, even in plain SQL.
 *
 * <p>Bounded: a memo that is full starts over, which costs re-reads, never a wrong value. A capacity of 0
 * remembers nothing (every read goes to the database), for an operator who wants that.
 *
 * @param <K> what identifies a read, e.g. its SQL and bind values
 * @param <V> what it gave
 */
public final class VersionedMemo<K, V> {

    private record Remembered<V>(long version, V value) {
    }

    private final int capacity;
    private final Map<K, Remembered<V>> values = new ConcurrentHashMap<>();

    public VersionedMemo(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Whether anything is remembered at all. */
    public boolean enabled() {
        return capacity > 0;
    }

    /** The value read for {@code key} at exactly {@code version}, if it is still remembered. */
    public Optional<V> get(K key, long version) {
        Remembered<V> remembered = values.get(key);
        return remembered != null && remembered.version() == version ? Optional.of(remembered.value()) : Optional.empty();
    }

    /**
     * What is remembered for {@code key} at the data's current version, or else what {@code read} gives;
     * {@code read} remembers its result itself ({@link #put}), because only it knows the version it read at.
     * With capacity 0 the version is not even asked for.
     */
    public Mono<V> rememberedOr(Mono<Long> currentVersion, K key, Supplier<Mono<V>> read) {
        if (!enabled()) {
            return read.get();
        }
        return currentVersion.flatMap(version -> get(key, version).map(Mono::just).orElseGet(read));
    }

    /**
     * Remembers what was read for {@code key} at {@code version}. A read that finishes late, at an older
     * version than one already remembered, does not replace the newer value.
     */
    public void put(K key, long version, V value) {
        if (capacity == 0) {
            return;
        }
        if (values.size() >= capacity && !values.containsKey(key)) {
            values.clear();
        }
        values.merge(key, new Remembered<>(version, value),
                (known, read) -> read.version() >= known.version() ? read : known);
    }
}
