package nl.assen.groenagenda.agenda.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.agenda.lifecycle.Coverage;
import nl.assen.groenagenda.agenda.lifecycle.Status;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Agenda items, their costs and their history in the agenda database. */
@Repository
public class AgendaItemRepository {

    static final String COLUMNS = """
            i.id, i.example_key, i.title, i.description, i.visions, i.theme_code, i.measure_type, i.districts,
            i.location, i.asset_ids, i.department, i.owner, i.drafter, i.planned_start, i.planned_end,
            i.budget_line_code, i.work_with_work, i.partners, i.status, i.coverage, i.kaderbrief_year, i.claim_id,
            i.progress, i.traffic_light, i.traffic_light_cause, i.traffic_light_correction, i.version,
            i.created_at, i.updated_at""";

    /** Each item's costs as four parallel arrays, in the order the API lists them: lists cost one query. */
    static String costsJoin(String alias) {
        return """
                 LEFT JOIN LATERAL (SELECT array_agg(c.year ORDER BY c.year, c.kind, c.recurring DESC) AS cost_years,
                                           array_agg(c.amount ORDER BY c.year, c.kind, c.recurring DESC) AS cost_amounts,
                                           array_agg(c.recurring ORDER BY c.year, c.kind, c.recurring DESC) AS cost_recurring,
                                           array_agg(c.kind ORDER BY c.year, c.kind, c.recurring DESC) AS cost_kinds
                                    FROM agenda_item_cost c WHERE c.agenda_item_id = %s.id) costs ON true""".formatted(alias);
    }

    private final DatabaseClient db;
    private final ObjectMapper mapper;

    AgendaItemRepository(DatabaseClient db, ObjectMapper mapper) {
        this.db = db;
        this.mapper = mapper;
    }

    public Mono<AgendaItem> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM agenda_item i WHERE i.id = :id").bind("id", id)
                .map(this::item).one()
                .flatMap(item -> withCosts(List.of(item)).map(items -> items.get(0)));
    }

    /** Every item that matches, with costs, in the query's order: for the export and the map. */
    public Mono<List<AgendaItem>> all(ItemQuery query, int limit) {
        ItemQuery.Where where = query.where();
        var select = db.sql("SELECT " + COLUMNS + ", costs.* FROM agenda_item i " + costsJoin("i") + where.sql()
                + " ORDER BY " + query.orderBy() + " LIMIT :limit");
        for (var bind : where.binds().entrySet()) {
            select = select.bind(bind.getKey(), bind.getValue());
        }
        return select.bind("limit", limit).map(this::itemWithCosts).all().collectList();
    }

    /** The item locked for a change in the surrounding transaction. */
    public Mono<AgendaItem> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM agenda_item i WHERE i.id = :id FOR UPDATE").bind("id", id)
                .map(this::item).one()
                .flatMap(item -> withCosts(List.of(item)).map(items -> items.get(0)));
    }

    public Mono<List<HistoryEntry>> history(UUID id) {
        return db.sql("""
                        SELECT at, actor, action, from_status, to_status, reason, changes
                        FROM agenda_item_history WHERE agenda_item_id = :id ORDER BY id""")
                .bind("id", id)
                .map((Readable row) -> new HistoryEntry(row.get("at", OffsetDateTime.class), row.get("actor", String.class),
                        row.get("action", String.class), row.get("from_status", String.class),
                        row.get("to_status", String.class), row.get("reason", String.class),
                        json(row.get("changes", Json.class))))
                .all().collectList();
    }

    /** Adds each item's costs, read in one query for all of them. */
    public Mono<List<AgendaItem>> withCosts(List<AgendaItem> items) {
        if (items.isEmpty()) {
            return Mono.just(items);
        }
        UUID[] ids = items.stream().map(AgendaItem::id).toArray(UUID[]::new);
        return db.sql("""
                        SELECT agenda_item_id, year, recurring, kind, amount FROM agenda_item_cost
                        WHERE agenda_item_id = ANY(:ids) ORDER BY year, kind, recurring DESC""")
                .bind("ids", ids)
                .map((Readable row) -> Map.entry(row.get("agenda_item_id", UUID.class),
                        new Cost(row.get("year", Integer.class), row.get("amount", BigDecimal.class),
                                Boolean.TRUE.equals(row.get("recurring", Boolean.class)),
                                CostKind.valueOf(row.get("kind", String.class)))))
                .all()
                .collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
                .map(costs -> items.stream().map(item -> item.withContent(withCosts(item.content(),
                        costs.getOrDefault(item.id(), List.of())))).toList());
    }

    public Mono<Void> insert(UUID id, String exampleKey, ItemContent content, String drafter) {
        var insert = db.sql("""
                        INSERT INTO agenda_item (id, example_key, title, description, visions, theme_code, measure_type,
                            districts, location, asset_ids, department, owner, drafter, planned_start, planned_end,
                            budget_line_code, work_with_work, partners)
                        VALUES (:id, :exampleKey, :title, :description, :visions, :theme, :measureType, :districts,
                            :location, :assetIds, :department, :owner, :drafter, :plannedStart, :plannedEnd,
                            :budgetLineCode, :workWithWork, :partners)""")
                .bind("id", id).bind("drafter", drafter);
        insert = exampleKey == null ? insert.bindNull("exampleKey", String.class) : insert.bind("exampleKey", exampleKey);
        return bindContent(insert, content).then()
                .then(replaceCosts(id, content.costs()));
    }

    /** Overwrites what the drafter wrote and raises the version; the caller has locked the row. */
    public Mono<Void> updateContent(UUID id, ItemContent content) {
        var update = db.sql("""
                        UPDATE agenda_item SET title = :title, description = :description, visions = :visions,
                            theme_code = :theme, measure_type = :measureType, districts = :districts,
                            location = :location, asset_ids = :assetIds, department = :department, owner = :owner,
                            planned_start = :plannedStart, planned_end = :plannedEnd, budget_line_code = :budgetLineCode,
                            work_with_work = :workWithWork, partners = :partners,
                            version = version + 1, updated_at = now()
                        WHERE id = :id""")
                .bind("id", id);
        return bindContent(update, content).then().then(replaceCosts(id, content.costs()));
    }

    /**
     * Moves the item to another status, with what that status carries; raises the version. An item that
     * goes back (returned, rejected, deferred) is no longer covered by anything: its coverage is cleared,
     * while the Kaderbrief year and claim stay as the record of where it was weighed.
     */
    public Mono<Void> changeStatus(UUID id, Status status, Coverage coverage, Integer kaderbriefYear, String claimId) {
        var update = db.sql("""
                        UPDATE agenda_item SET status = :status,
                            coverage = CASE WHEN :status IN ('RETURNED', 'REJECTED', 'DEFERRED') THEN NULL
                                            ELSE COALESCE(:coverage, coverage) END,
                            kaderbrief_year = COALESCE(:kaderbriefYear, kaderbrief_year),
                            claim_id = COALESCE(:claimId, claim_id),
                            version = version + 1, updated_at = now()
                        WHERE id = :id""")
                .bind("id", id).bind("status", status.name());
        update = coverage == null ? update.bindNull("coverage", String.class) : update.bind("coverage", coverage.name());
        update = kaderbriefYear == null ? update.bindNull("kaderbriefYear", Integer.class)
                : update.bind("kaderbriefYear", kaderbriefYear);
        update = claimId == null ? update.bindNull("claimId", String.class) : update.bind("claimId", claimId);
        return update.then();
    }

    public Mono<Void> changeProgress(UUID id, Status status, int progress, TrafficLight light, String cause,
                                     String correction) {
        var update = db.sql("""
                        UPDATE agenda_item SET status = :status, progress = :progress, traffic_light = :light,
                            traffic_light_cause = :cause, traffic_light_correction = :correction,
                            version = version + 1, updated_at = now()
                        WHERE id = :id""")
                .bind("id", id).bind("status", status.name()).bind("progress", progress).bind("light", light.name());
        update = cause == null ? update.bindNull("cause", String.class) : update.bind("cause", cause);
        update = correction == null ? update.bindNull("correction", String.class) : update.bind("correction", correction);
        return update.then();
    }

    public Mono<Void> addHistory(UUID id, String actor, String action, Status from, Status to, String reason,
                                 JsonNode changes) {
        var insert = db.sql("""
                        INSERT INTO agenda_item_history (agenda_item_id, actor, action, from_status, to_status, reason, changes)
                        VALUES (:id, :actor, :action, :from, :to, :reason, :changes)""")
                .bind("id", id).bind("actor", actor).bind("action", action)
                .bind("changes", Json.of(changes == null ? "{}" : changes.toString()));
        insert = from == null ? insert.bindNull("from", String.class) : insert.bind("from", from.name());
        insert = to == null ? insert.bindNull("to", String.class) : insert.bind("to", to.name());
        insert = reason == null ? insert.bindNull("reason", String.class) : insert.bind("reason", reason);
        return insert.then();
    }

    private Mono<Void> replaceCosts(UUID id, List<Cost> costs) {
        Mono<Void> delete = db.sql("DELETE FROM agenda_item_cost WHERE agenda_item_id = :id").bind("id", id).then();
        if (costs.isEmpty()) {
            return delete;
        }
        int n = costs.size();
        Integer[] years = new Integer[n];
        Boolean[] recurring = new Boolean[n];
        String[] kinds = new String[n];
        BigDecimal[] amounts = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            years[i] = costs.get(i).year();
            recurring[i] = costs.get(i).recurring();
            kinds[i] = costs.get(i).kind().name();
            amounts[i] = costs.get(i).amount();
        }
        return delete.then(db.sql("""
                        INSERT INTO agenda_item_cost (agenda_item_id, year, recurring, kind, amount)
                        SELECT :id, * FROM unnest(:years::int[], :recurring::boolean[], :kinds::varchar[], :amounts::numeric[])""")
                .bind("id", id).bind("years", years).bind("recurring", recurring).bind("kinds", kinds)
                .bind("amounts", amounts)
                .then());
    }

    private DatabaseClient.GenericExecuteSpec bindContent(DatabaseClient.GenericExecuteSpec spec, ItemContent content) {
        spec = spec.bind("title", content.title()).bind("description", content.description())
                .bind("visions", content.visions().stream().map(Enum::name).toArray(String[]::new))
                .bind("theme", content.theme()).bind("measureType", content.measureType().name())
                .bind("districts", content.districts().toArray(String[]::new))
                .bind("assetIds", content.assetIds().toArray(UUID[]::new))
                .bind("department", content.department())
                .bind("workWithWork", Json.of(write(content.workWithWork())))
                .bind("partners", content.partners().toArray(String[]::new));
        spec = content.location() == null ? spec.bindNull("location", Json.class)
                : spec.bind("location", Json.of(content.location().toString()));
        spec = content.owner() == null ? spec.bindNull("owner", String.class) : spec.bind("owner", content.owner());
        spec = content.plannedStart() == null ? spec.bindNull("plannedStart", LocalDate.class)
                : spec.bind("plannedStart", content.plannedStart());
        spec = content.plannedEnd() == null ? spec.bindNull("plannedEnd", LocalDate.class)
                : spec.bind("plannedEnd", content.plannedEnd());
        spec = content.budgetLineCode() == null ? spec.bindNull("budgetLineCode", String.class)
                : spec.bind("budgetLineCode", content.budgetLineCode());
        return spec;
    }

    AgendaItem item(Readable row) {
        JsonNode links = json(row.get("work_with_work", Json.class));
        List<WorkWithWork> workWithWork = new ArrayList<>();
        links.forEach(link -> workWithWork.add(new WorkWithWork(Programme.valueOf(link.path("programme").asText()),
                link.path("description").isTextual() ? link.path("description").asText() : null)));
        Json location = row.get("location", Json.class);
        ItemContent content = new ItemContent(row.get("title", String.class), row.get("description", String.class),
                Arrays.stream(row.get("visions", String[].class)).map(Vision::valueOf).toList(),
                row.get("theme_code", String.class), MeasureType.valueOf(row.get("measure_type", String.class)),
                List.of(row.get("districts", String[].class)), location == null ? null : json(location),
                List.of(row.get("asset_ids", UUID[].class)), row.get("department", String.class),
                row.get("owner", String.class), row.get("planned_start", LocalDate.class),
                row.get("planned_end", LocalDate.class), row.get("budget_line_code", String.class), List.of(),
                List.copyOf(workWithWork), List.of(row.get("partners", String[].class)));
        String coverage = row.get("coverage", String.class);
        return new AgendaItem(row.get("id", UUID.class), content, Status.valueOf(row.get("status", String.class)),
                coverage == null ? null : Coverage.valueOf(coverage), row.get("kaderbrief_year", Integer.class),
                row.get("claim_id", String.class), row.get("progress", Integer.class),
                TrafficLight.valueOf(row.get("traffic_light", String.class)), row.get("traffic_light_cause", String.class),
                row.get("traffic_light_correction", String.class), row.get("drafter", String.class),
                row.get("example_key", String.class) != null, row.get("version", Integer.class),
                row.get("created_at", OffsetDateTime.class), row.get("updated_at", OffsetDateTime.class), null);
    }

    /** An item from a row that also holds the arrays of {@link #costsJoin}. */
    AgendaItem itemWithCosts(Readable row) {
        AgendaItem item = item(row);
        Integer[] years = row.get("cost_years", Integer[].class);
        if (years == null) {
            return item;
        }
        BigDecimal[] amounts = row.get("cost_amounts", BigDecimal[].class);
        Boolean[] recurring = row.get("cost_recurring", Boolean[].class);
        String[] kinds = row.get("cost_kinds", String[].class);
        List<Cost> costs = new ArrayList<>(years.length);
        for (int i = 0; i < years.length; i++) {
            costs.add(new Cost(years[i], amounts[i], Boolean.TRUE.equals(recurring[i]), CostKind.valueOf(kinds[i])));
        }
        return item.withContent(withCosts(item.content(), costs));
    }

    private static ItemContent withCosts(ItemContent c, Collection<Cost> costs) {
        return new ItemContent(c.title(), c.description(), c.visions(), c.theme(), c.measureType(), c.districts(),
                c.location(), c.assetIds(), c.department(), c.owner(), c.plannedStart(), c.plannedEnd(),
                c.budgetLineCode(), List.copyOf(costs), c.workWithWork(), c.partners());
    }

    private String write(List<WorkWithWork> links) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WorkWithWork link : links) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("programme", link.programme().name());
            entry.put("description", link.description());
            out.add(entry);
        }
        try {
            return mapper.writeValueAsString(out);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private JsonNode json(Json value) {
        try {
            return mapper.readTree(value.asString());
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("JSON in the agenda database cannot be read", corrupt);
        }
    }
}
