package nl.assen.groenagenda.asset.norm;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class CostNormRepository {

    private static final String SELECT = """
            SELECT n.id, s.type_code, n.subtype_code, s.name AS subtype_name, t.unit, n.unit_cost, n.lifespan_years,
                   n.price_level_year, n.source, n.updated_at, n.updated_by
              FROM cost_norm n
              JOIN asset_subtype s ON s.code = n.subtype_code
              JOIN asset_type t ON t.code = s.type_code
            """;

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    CostNormRepository(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    Flux<CostNorm> findAll() {
        return db.sql(SELECT + " ORDER BY t.sort_order, s.sort_order, n.subtype_code").map(CostNormRepository::norm).all();
    }

    Mono<CostNorm> findById(UUID id) {
        return db.sql(SELECT + " WHERE n.id = :id").bind("id", id).map(CostNormRepository::norm).one();
    }

    /**
     * Changes a norm and revalues every asset of its subtype in one transaction: the norm row is locked
     * first, so two changes of one norm never interleave. Each revalued asset gets a history entry, and
     * the change itself is recorded with its before and after, its reason and its effect.
     */
    Mono<CostNormChangeResult> change(UUID id, CostNormChange change, String who) {
        Mono<CostNormChangeResult> work = db.sql("""
                        SELECT subtype_code, unit_cost, lifespan_years FROM cost_norm WHERE id = :id FOR UPDATE
                        """)
                .bind("id", id)
                .map(row -> new Locked(row.get("subtype_code", String.class), row.get("unit_cost", BigDecimal.class),
                        row.get("lifespan_years", Integer.class)))
                .one()
                .flatMap(old -> apply(id, old, change, who));
        return transaction.transactional(work);
    }

    private record Locked(String subtype, BigDecimal unitCost, int lifespanYears) {
    }

    private Mono<CostNormChangeResult> apply(UUID id, Locked old, CostNormChange change, String who) {
        int lifespan = change.lifespanYears() == null ? old.lifespanYears() : change.lifespanYears();
        Mono<Long> changeId = db.sql("""
                        INSERT INTO cost_norm_change (cost_norm_id, changed_by, reason, before, after,
                                                      affected_assets, value_before, value_after)
                        VALUES (:id, :who, :reason,
                                jsonb_build_object('unitCost', CAST(:oldCost AS NUMERIC), 'lifespanYears', CAST(:oldLifespan AS INTEGER)),
                                jsonb_build_object('unitCost', CAST(:newCost AS NUMERIC), 'lifespanYears', CAST(:newLifespan AS INTEGER)),
                                0, 0, 0)
                        RETURNING id
                        """)
                .bind("id", id).bind("who", who).bind("reason", change.reason())
                .bind("oldCost", old.unitCost()).bind("oldLifespan", old.lifespanYears())
                .bind("newCost", change.unitCost()).bind("newLifespan", lifespan)
                .map(row -> row.get("id", Long.class))
                .one();
        return changeId.flatMap(changeNo -> db.sql("""
                                WITH changed AS (
                                    UPDATE asset a
                                       SET replacement_value = round(a.quantity * :unitCost, 2),
                                           expected_lifespan_years = CASE WHEN a.lifespan_from_norm THEN :lifespan
                                                                          ELSE a.expected_lifespan_years END,
                                           updated_at = now(), updated_by = :who
                                      FROM asset old
                                     WHERE old.id = a.id AND a.subtype_code = :subtype
                                 RETURNING a.id, old.replacement_value AS old_value, a.replacement_value AS new_value,
                                           old.expected_lifespan_years AS old_lifespan,
                                           a.expected_lifespan_years AS new_lifespan
                                ), history AS (
                                    INSERT INTO asset_history (asset_id, changed_by, action, reason, before, after,
                                                               cost_norm_change_id)
                                    SELECT id, :who, 'REVALUED', :reason,
                                           jsonb_build_object('replacementValue', old_value, 'expectedLifespan', old_lifespan),
                                           jsonb_build_object('replacementValue', new_value, 'expectedLifespan', new_lifespan),
                                           :changeId
                                      FROM changed
                                )
                                SELECT count(*) AS affected, coalesce(sum(old_value), 0) AS value_before,
                                       coalesce(sum(new_value), 0) AS value_after
                                  FROM changed
                                """)
                        .bind("unitCost", change.unitCost()).bind("lifespan", lifespan).bind("who", who)
                        .bind("subtype", old.subtype()).bind("reason", change.reason()).bind("changeId", changeNo)
                        .map(row -> new Revaluation(changeNo, row.get("affected", Long.class),
                                row.get("value_before", BigDecimal.class), row.get("value_after", BigDecimal.class)))
                        .one())
                .flatMap(revaluation -> db.sql("""
                                UPDATE cost_norm_change
                                   SET affected_assets = :affected, value_before = :before, value_after = :after
                                 WHERE id = :changeId
                                """)
                        .bind("affected", (int) revaluation.affectedAssets())
                        .bind("before", revaluation.valueBefore()).bind("after", revaluation.valueAfter())
                        .bind("changeId", revaluation.changeId())
                        .then()
                        .then(db.sql("""
                                        UPDATE cost_norm
                                           SET unit_cost = :unitCost, lifespan_years = :lifespan,
                                               updated_at = now(), updated_by = :who
                                         WHERE id = :id
                                        """)
                                .bind("unitCost", change.unitCost()).bind("lifespan", lifespan)
                                .bind("who", who).bind("id", id)
                                .then())
                        .then(findById(id))
                        .map(norm -> new CostNormChangeResult(norm, revaluation)));
    }

    private static CostNorm norm(Readable row) {
        return new CostNorm(row.get("id", UUID.class), row.get("type_code", String.class),
                row.get("subtype_code", String.class), row.get("subtype_name", String.class),
                row.get("unit", String.class), row.get("unit_cost", BigDecimal.class),
                row.get("lifespan_years", Integer.class), row.get("price_level_year", Integer.class),
                row.get("source", String.class), row.get("updated_at", Instant.class),
                row.get("updated_by", String.class));
    }
}
