package nl.assen.groenagenda.asset.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.asset.bulk.BulkConnections;
import nl.assen.groenagenda.platform.paging.PageRequest;
import nl.assen.groenagenda.platform.paging.PagedList;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class ReplacementPlanRepository {

    private static final int FETCH_SIZE = 10_000;

    private final DatabaseClient db;
    private final BulkConnections connections;
    private final ObjectMapper json;

    ReplacementPlanRepository(DatabaseClient db, BulkConnections connections, ObjectMapper json) {
        this.db = db;
        this.connections = connections;
        this.json = json;
    }

    record Stock(List<PlannedAsset> assets, boolean synthetic) {
    }

    /**
     * The present assets, read over JDBC (blocking: call it on boundedElastic); planned and removed assets
     * are not stock. In no particular order: the planner orders them itself, faster than an index scan
     * in id order through the whole table. The value comes as whole cents (numeric(14,2) x 100 is exact).
     */
    Stock presentAssets() {
        // Hundreds of thousands of rows share a dozen districts and five conditions: one string each
        // keeps the stock small on the heap.
        Map<String, String> shared = new HashMap<>();
        List<PlannedAsset> assets = new ArrayList<>();
        boolean synthetic = false;
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false); // lets the driver fetch in batches rather than all at once
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, CAST(replacement_value * 100 AS BIGINT), replacement_due_year, expected_lifespan_years,
                           condition, district, synthetic
                      FROM asset
                     WHERE status = 'PRESENT'
                    """)) {
                query.setFetchSize(FETCH_SIZE);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        int due = row.getInt(3);
                        Integer dueYear = row.wasNull() ? null : due;
                        assets.add(new PlannedAsset(row.getObject(1, UUID.class), row.getLong(2), dueYear,
                                row.getInt(4), shared(shared, row.getString(5)), shared(shared, row.getString(6))));
                        synthetic |= row.getBoolean(7);
                    }
                }
            }
            connection.commit();
        } catch (SQLException failure) {
            throw new IllegalStateException("reading the register for a plan failed", failure);
        }
        return new Stock(assets, synthetic);
    }

    private static String shared(Map<String, String> shared, String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }

    /** Stores the plan under its name; empty when the name is taken. */
    Mono<ReplacementPlan> save(ReplacementPlan plan) {
        String body;
        try {
            body = json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            return Mono.error(new IllegalStateException("a plan could not be written as JSON", e));
        }
        PlanParameters p = plan.parameters();
        return db.sql("""
                        INSERT INTO replacement_plan (name, start_year, years, annual_budget, strategy,
                                                      total_replaced_value, replaced_share, plan, created_by, created_at)
                        VALUES (:name, :startYear, :years, :budget, :strategy, :replaced, :share, CAST(:plan AS jsonb),
                                :by, :at)
                        ON CONFLICT (name) DO NOTHING
                        RETURNING name
                        """)
                .bind("name", plan.name())
                .bind("startYear", p.startYear())
                .bind("years", p.years())
                .bind("budget", p.annualBudget())
                .bind("strategy", p.strategy().name())
                .bind("replaced", plan.totalReplacedValue())
                .bind("share", plan.replacedShare())
                .bind("plan", body)
                .bind("by", plan.savedBy())
                .bind("at", OffsetDateTime.ofInstant(plan.savedAt(), ZoneOffset.UTC))
                .map(row -> row.get("name", String.class))
                .one()
                .map(name -> plan);
    }

    /**
     * One page of the saved plans, newest first (then by name, so that the order is total), with the
     * figures a choice between them needs; the stock value, final backlog and synthetic flag are read from
     * the saved plan itself, as it was when saved.
     */
    Mono<PagedList<SavedPlan>> saved(PageRequest paging) {
        Mono<Long> total = db.sql("SELECT count(*) AS n FROM replacement_plan")
                .map(row -> row.get("n", Long.class))
                .one();
        Mono<List<SavedPlan>> page = db.sql("""
                        SELECT name, start_year, years, annual_budget, strategy, total_replaced_value, replaced_share,
                               CAST(plan ->> 'stockValue' AS NUMERIC) AS stock_value,
                               CAST(plan ->> 'finalBacklogValue' AS NUMERIC) AS final_backlog_value,
                               coalesce(CAST(plan ->> 'synthetic' AS BOOLEAN), false) AS synthetic,
                               created_by, created_at
                          FROM replacement_plan
                         ORDER BY created_at DESC, name
                         LIMIT :limit OFFSET :offset
                        """)
                .bind("limit", paging.pageSize())
                .bind("offset", paging.offset())
                .map(row -> new SavedPlan(row.get("name", String.class), row.get("start_year", Integer.class),
                        row.get("years", Integer.class), row.get("annual_budget", BigDecimal.class),
                        PlanStrategy.valueOf(row.get("strategy", String.class)), row.get("stock_value", BigDecimal.class),
                        row.get("total_replaced_value", BigDecimal.class), row.get("replaced_share", BigDecimal.class),
                        row.get("final_backlog_value", BigDecimal.class), row.get("synthetic", Boolean.class),
                        row.get("created_by", String.class), row.get("created_at", OffsetDateTime.class).toInstant()))
                .all()
                .collectList();
        return Mono.zip(page, total).map(pair -> PagedList.of(pair.getT1(), paging, pair.getT2()));
    }

    Mono<ReplacementPlan> find(String name) {
        return db.sql("SELECT plan::text AS plan FROM replacement_plan WHERE name = :name")
                .bind("name", name)
                .map(row -> row.get("plan", String.class))
                .one()
                .map(text -> {
                    try {
                        return json.readValue(text, ReplacementPlan.class);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("a saved plan could not be read", e);
                    }
                });
    }
}
