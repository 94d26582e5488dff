package nl.assen.groenagenda.asset.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.asset.geo.GeoJson;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class AssetRepository {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final ObjectMapper json;

    AssetRepository(DatabaseClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The asset as {@code GET /assets/{id}} shows it, history newest first. */
    public Mono<AssetDetails> findById(UUID id) {
        Mono<List<AssetDetails.HistoryEntry>> history = db.sql("""
                        SELECT changed_at, changed_by, action, reason, CAST(before AS TEXT) AS before, CAST(after AS TEXT) AS after
                          FROM asset_history WHERE asset_id = :id ORDER BY changed_at DESC, id DESC
                        """)
                .bind("id", id)
                .map(row -> new AssetDetails.HistoryEntry(row.get("changed_at", Instant.class),
                        row.get("changed_by", String.class), row.get("action", String.class),
                        row.get("reason", String.class), object(row.get("before", String.class)),
                        object(row.get("after", String.class))))
                .all()
                .collectList();
        return history.flatMap(entries -> db.sql("""
                        SELECT a.*, CAST(a.geometry_rd AS TEXT) AS polygon_rd, CAST(a.xmin AS TEXT) AS version, t.unit FROM asset a JOIN asset_type t ON t.code = a.type_code WHERE a.id = :id
                        """)
                .bind("id", id)
                .map(row -> details(row, entries))
                .one());
    }

    private AssetDetails details(Readable row, List<AssetDetails.HistoryEntry> history) {
        String scientific = row.get("species_scientific", String.class);
        String polygon = row.get("polygon_rd", String.class);
        double rdX = row.get("rd_x", BigDecimal.class).doubleValue();
        double rdY = row.get("rd_y", BigDecimal.class).doubleValue();
        return new AssetDetails(row.get("id", UUID.class), row.get("external_id", String.class),
                row.get("type_code", String.class), row.get("subtype_code", String.class),
                scientific == null && row.get("species_dutch", String.class) == null ? null
                        : new AssetDetails.Species(scientific, row.get("species_dutch", String.class)),
                row.get("quantity", BigDecimal.class), row.get("unit", String.class),
                polygon == null ? GeoJson.point(rdX, rdY) : GeoJson.polygon(polygon),
                row.get("district", String.class), row.get("neighbourhood_code", String.class),
                row.get("planting_year", Integer.class), row.get("expected_lifespan_years", Integer.class),
                row.get("replacement_due_year", Integer.class), row.get("condition", String.class),
                row.get("inspection_date", LocalDate.class), row.get("safety_class", String.class),
                row.get("protection_status", String.class),
                new AssetDetails.ClimateFunctions(row.get("provides_shade", Boolean.class),
                        row.get("water_storage", Boolean.class)),
                row.get("status", String.class), row.get("replacement_value", BigDecimal.class),
                row.get("synthetic", Boolean.class), row.get("created_at", Instant.class),
                row.get("created_by", String.class), row.get("updated_at", Instant.class),
                row.get("updated_by", String.class), row.get("version", String.class), history);
    }

    private Map<String, Object> object(String value) {
        if (value == null) {
            return null;
        }
        try {
            // Amounts keep their cents: 650.00 stays 650.00 instead of becoming the double 650.0.
            return json.readerFor(OBJECT).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(value);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("stored history is not valid JSON", corrupt);
        }
    }
}
