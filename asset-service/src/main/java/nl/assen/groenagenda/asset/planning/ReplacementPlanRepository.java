package nl.assen.groenagenda.asset.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class ReplacementPlanRepository {

    private final DatabaseClient db;
    private final ObjectMapper json;

    ReplacementPlanRepository(DatabaseClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    record Stock(List<PlannedAsset> assets, boolean synthetic) {
    }

    /** The present assets, in id order; planned and removed assets are not stock. */
    Mono<Stock> presentAssets() {
        return db.sql("""
                        SELECT id, replacement_value, replacement_due_year, expected_lifespan_years, condition,
                               district, synthetic
                          FROM asset
                         WHERE status = 'PRESENT'
                         ORDER BY id
                        """)
                .map(row -> new Object[] {new PlannedAsset(row.get("id", UUID.class),
                        ReplacementPlanner.cents(row.get("replacement_value", BigDecimal.class)),
                        row.get("replacement_due_year", Integer.class), row.get("expected_lifespan_years", Integer.class),
                        row.get("condition", String.class), row.get("district", String.class)),
                        row.get("synthetic", Boolean.class)})
                .all()
                .collectList()
                .map(rows -> new Stock(rows.stream().map(r -> (PlannedAsset) r[0]).toList(),
                        rows.stream().anyMatch(r -> Boolean.TRUE.equals(r[1]))));
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
