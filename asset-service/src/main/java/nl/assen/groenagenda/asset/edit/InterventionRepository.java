package nl.assen.groenagenda.asset.edit;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class InterventionRepository {

    private static final String SELECT = """
            SELECT i.id, i.asset_id, i.kind, i.reason_code, r.name AS reason_name, i.motivation, i.planned_date,
                   i.recorded_at, i.recorded_by
              FROM asset_intervention i JOIN intervention_reason r ON r.code = i.reason_code
            """;

    private final DatabaseClient db;

    InterventionRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Map<String, InterventionReason>> reasons() {
        return db.sql("SELECT code, name, permitted, policy_type, policy_detail FROM intervention_reason ORDER BY sort_order, code")
                .map(row -> new InterventionReason(row.get("code", String.class), row.get("name", String.class),
                        row.get("permitted", Boolean.class), row.get("policy_type", String.class),
                        row.get("policy_detail", String.class)))
                .all()
                .collect(LinkedHashMap::new, (map, reason) -> map.put(reason.code(), reason));
    }

    record Target(String status, String protectionStatus) {
    }

    /** The asset's status and protection, share-locked so neither changes before the intervention is stored. */
    Mono<Target> lockAsset(UUID asset) {
        return db.sql("SELECT status, protection_status FROM asset WHERE id = :id FOR SHARE")
                .bind("id", asset)
                .map(row -> new Target(row.get("status", String.class), row.get("protection_status", String.class)))
                .one();
    }

    Mono<Boolean> assetExists(UUID asset) {
        return db.sql("SELECT count(*) AS n FROM asset WHERE id = :id").bind("id", asset)
                .map(row -> row.get("n", Long.class) > 0).one();
    }

    Mono<UUID> insert(UUID asset, InterventionRequest request, String who) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO asset_intervention (asset_id, kind, reason_code, motivation, planned_date, recorded_by)
                        VALUES (:asset, :kind, :reason, :motivation, :plannedDate, :who)
                        RETURNING id
                        """)
                .bind("asset", asset).bind("kind", request.kind()).bind("reason", request.reason()).bind("who", who);
        spec = request.motivation() == null ? spec.bindNull("motivation", String.class)
                : spec.bind("motivation", request.motivation());
        spec = request.plannedDate() == null ? spec.bindNull("plannedDate", LocalDate.class)
                : spec.bind("plannedDate", request.plannedDate());
        return spec.map(row -> row.get("id", UUID.class)).one();
    }

    Mono<Intervention> findById(UUID id) {
        return db.sql(SELECT + " WHERE i.id = :id").bind("id", id).map(InterventionRepository::intervention).one();
    }

    Flux<Intervention> forAsset(UUID asset) {
        return db.sql(SELECT + " WHERE i.asset_id = :asset ORDER BY i.recorded_at DESC, i.id")
                .bind("asset", asset).map(InterventionRepository::intervention).all();
    }

    private static Intervention intervention(Readable row) {
        return new Intervention(row.get("id", UUID.class), row.get("asset_id", UUID.class),
                row.get("kind", String.class), row.get("reason_code", String.class),
                row.get("reason_name", String.class), row.get("motivation", String.class),
                row.get("planned_date", LocalDate.class), row.get("recorded_at", Instant.class),
                row.get("recorded_by", String.class));
    }
}
