package nl.assen.groenagenda.asset.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads and writes of the edit side of the register; every write is audited by the caller in the same transaction. */
@Repository
class AssetEditRepository {

    private final DatabaseClient db;
    private final ObjectMapper json;

    AssetEditRepository(DatabaseClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    record Norm(BigDecimal unitCost, int lifespanYears) {
    }

    record Versioned(AssetFields fields, String version) {
    }

    Mono<Catalogue> catalogue() {
        Mono<Set<String>> types = db.sql("SELECT code FROM asset_type ORDER BY sort_order")
                .map(row -> row.get("code", String.class)).all().collect(LinkedHashSet::new, Set::add);
        Mono<Map<String, Catalogue.Subtype>> subtypes = db.sql("""
                        SELECT s.code, s.type_code, t.unit, n.unit_cost, n.lifespan_years
                          FROM asset_subtype s
                          JOIN asset_type t ON t.code = s.type_code
                          JOIN cost_norm n ON n.subtype_code = s.code
                         ORDER BY t.sort_order, s.sort_order
                        """)
                .map(row -> new Catalogue.Subtype(row.get("code", String.class), row.get("type_code", String.class),
                        row.get("unit", String.class), row.get("unit_cost", BigDecimal.class),
                        row.get("lifespan_years", Integer.class)))
                .all()
                .collect(LinkedHashMap::new, (map, subtype) -> map.put(subtype.code(), subtype));
        return Mono.zip(types, subtypes, Catalogue::new);
    }

    /**
     * The norm of a subtype, share-locked until the transaction ends: a norm change (which locks the norm
     * first, then revalues its assets) waits for this edit, or this edit waits for it and then values with
     * the new cost. Taken before the asset's own lock, in the same order as the norm change, so the two
     * never deadlock.
     */
    Mono<Norm> lockNorm(String subtype) {
        return db.sql("SELECT unit_cost, lifespan_years FROM cost_norm WHERE subtype_code = :subtype FOR SHARE")
                .bind("subtype", subtype)
                .map(row -> new Norm(row.get("unit_cost", BigDecimal.class), row.get("lifespan_years", Integer.class)))
                .one();
    }

    Mono<Versioned> find(UUID id, boolean lock) {
        return db.sql("""
                        SELECT a.*, CAST(a.geometry_rd AS TEXT) AS polygon_rd, CAST(a.xmin AS TEXT) AS version
                          FROM asset a WHERE a.id = :id""" + (lock ? " FOR UPDATE" : ""))
                .bind("id", id)
                .map(row -> new Versioned(fields(row), row.get("version", String.class)))
                .one();
    }

    Mono<Boolean> externalIdTaken(String externalId, UUID except) {
        if (externalId == null) {
            return Mono.just(false);
        }
        return db.sql("SELECT count(*) AS n FROM asset WHERE external_id = :externalId AND id <> :id")
                .bind("externalId", externalId).bind("id", except)
                .map(row -> row.get("n", Long.class) > 0).one();
    }

    /** Stores a new asset; answers its version. */
    Mono<String> insert(AssetFields asset, String who) {
        return bindAll(db.sql("""
                        INSERT INTO asset (id, external_id, type_code, subtype_code, species_scientific, species_dutch,
                                           quantity, geometry_kind, rd_x, rd_y, geometry_rd, district, neighbourhood_code,
                                           planting_year, expected_lifespan_years, lifespan_from_norm, condition,
                                           inspection_date, safety_class, protection_status, provides_shade, water_storage,
                                           status, replacement_value, synthetic, created_by, updated_by)
                        VALUES (:id, :externalId, :type, :subtype, :speciesScientific, :speciesDutch,
                                :quantity, :geometryKind, :rdX, :rdY, CAST(:geometryRd AS JSONB), :district, :neighbourhoodCode,
                                :plantingYear, :expectedLifespan, :lifespanFromNorm, :condition,
                                :inspectionDate, :safetyClass, :protectionStatus, :shade, :waterStorage,
                                :status, :replacementValue, false, :who, :who)
                        RETURNING CAST(xmin AS TEXT) AS version
                        """), asset, who)
                .map(row -> row.get("version", String.class)).one();
    }

    /** Stores the edited asset; answers its new version. */
    Mono<String> update(AssetFields asset, String who) {
        return bindAll(db.sql("""
                        UPDATE asset
                           SET external_id = :externalId, type_code = :type, subtype_code = :subtype,
                               species_scientific = :speciesScientific, species_dutch = :speciesDutch,
                               quantity = :quantity, geometry_kind = :geometryKind, rd_x = :rdX, rd_y = :rdY,
                               geometry_rd = CAST(:geometryRd AS JSONB), district = :district,
                               neighbourhood_code = :neighbourhoodCode, planting_year = :plantingYear,
                               expected_lifespan_years = :expectedLifespan, lifespan_from_norm = :lifespanFromNorm,
                               condition = :condition, inspection_date = :inspectionDate, safety_class = :safetyClass,
                               protection_status = :protectionStatus, provides_shade = :shade,
                               water_storage = :waterStorage, status = :status, replacement_value = :replacementValue,
                               updated_at = now(), updated_by = :who
                         WHERE id = :id
                        RETURNING CAST(xmin AS TEXT) AS version
                        """), asset, who)
                .map(row -> row.get("version", String.class)).one();
    }

    Mono<Void> history(UUID asset, String who, String action, String reason, Map<String, Object> before,
                       Map<String, Object> after) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO asset_history (asset_id, changed_by, action, reason, before, after)
                        VALUES (:asset, :who, :action, :reason, CAST(:before AS JSONB), CAST(:after AS JSONB))
                        """)
                .bind("asset", asset).bind("who", who).bind("action", action).bind("reason", reason);
        spec = before == null ? spec.bindNull("before", String.class) : spec.bind("before", write(before));
        spec = after == null ? spec.bindNull("after", String.class) : spec.bind("after", write(after));
        return spec.then();
    }

    private DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec, AssetFields a, String who) {
        spec = spec.bind("id", a.id).bind("type", a.type).bind("subtype", a.subtype).bind("quantity", a.quantity)
                .bind("geometryKind", a.geometryKind).bind("rdX", a.rdX).bind("rdY", a.rdY)
                .bind("district", a.district).bind("expectedLifespan", a.expectedLifespan)
                .bind("lifespanFromNorm", a.lifespanFromNorm).bind("shade", a.shade)
                .bind("waterStorage", a.waterStorage).bind("status", a.status)
                .bind("replacementValue", a.replacementValue).bind("who", who);
        spec = nullable(spec, "externalId", a.externalId, String.class);
        spec = nullable(spec, "speciesScientific", a.speciesScientific, String.class);
        spec = nullable(spec, "speciesDutch", a.speciesDutch, String.class);
        spec = nullable(spec, "geometryRd", a.geometryRd, String.class);
        spec = nullable(spec, "neighbourhoodCode", a.neighbourhoodCode, String.class);
        spec = nullable(spec, "plantingYear", a.plantingYear, Integer.class);
        spec = nullable(spec, "condition", a.condition, String.class);
        spec = nullable(spec, "inspectionDate", a.inspectionDate, LocalDate.class);
        spec = nullable(spec, "safetyClass", a.safetyClass, String.class);
        return nullable(spec, "protectionStatus", a.protectionStatus, String.class);
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                              Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static AssetFields fields(Readable row) {
        AssetFields a = new AssetFields();
        a.id = row.get("id", UUID.class);
        a.externalId = row.get("external_id", String.class);
        a.type = row.get("type_code", String.class);
        a.subtype = row.get("subtype_code", String.class);
        a.speciesScientific = row.get("species_scientific", String.class);
        a.speciesDutch = row.get("species_dutch", String.class);
        a.quantity = row.get("quantity", BigDecimal.class);
        a.geometryKind = row.get("geometry_kind", String.class);
        a.rdX = row.get("rd_x", BigDecimal.class);
        a.rdY = row.get("rd_y", BigDecimal.class);
        a.geometryRd = row.get("polygon_rd", String.class);
        a.district = row.get("district", String.class);
        a.neighbourhoodCode = row.get("neighbourhood_code", String.class);
        a.plantingYear = row.get("planting_year", Integer.class);
        a.expectedLifespan = row.get("expected_lifespan_years", Integer.class);
        a.lifespanFromNorm = row.get("lifespan_from_norm", Boolean.class);
        a.condition = row.get("condition", String.class);
        a.inspectionDate = row.get("inspection_date", LocalDate.class);
        a.safetyClass = row.get("safety_class", String.class);
        a.protectionStatus = row.get("protection_status", String.class);
        a.shade = row.get("provides_shade", Boolean.class);
        a.waterStorage = row.get("water_storage", Boolean.class);
        a.status = row.get("status", String.class);
        a.replacementValue = row.get("replacement_value", BigDecimal.class);
        return a;
    }

    private String write(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException("audit entry cannot be written as JSON", unexpected);
        }
    }
}
