package nl.assen.groenagenda.agenda.item;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The themes (with the vision each belongs to) and the districts an item may name. Both change only
 * through a migration, so they are read once (a failed read is tried again on the next call).
 */
@Component
public class ReferenceData {

    public record Values(Map<String, Vision> themeVisions, Map<String, String> themeNames, Set<String> districts) {
    }

    private final Mono<Values> values;

    ReferenceData(DatabaseClient db) {
        Mono<Map<String, String[]>> themes = db.sql("SELECT code, name, vision FROM theme ORDER BY sort_order")
                .map((Readable row) -> new String[] {row.get("code", String.class), row.get("name", String.class),
                        row.get("vision", String.class)})
                .all()
                .collectList()
                .map(rows -> {
                    Map<String, String[]> byCode = new LinkedHashMap<>();
                    rows.forEach(row -> byCode.put(row[0], row));
                    return byCode;
                });
        Mono<Set<String>> districts = db.sql("SELECT name FROM district ORDER BY sort_order")
                .map((Readable row) -> row.get("name", String.class))
                .all()
                .collect(LinkedHashSet::new, Set::add);
        this.values = Mono.zip(themes, districts).map(both -> {
            Map<String, Vision> visions = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            both.getT1().forEach((code, row) -> {
                visions.put(code, Vision.valueOf(row[2]));
                names.put(code, row[1]);
            });
            return new Values(Map.copyOf(visions), Collections.unmodifiableMap(names), Set.copyOf(both.getT2()));
        }).cache(value -> Duration.ofDays(3650), failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    public Mono<Values> get() {
        return values;
    }
}
