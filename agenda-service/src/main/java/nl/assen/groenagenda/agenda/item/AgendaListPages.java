package nl.assen.groenagenda.agenda.item;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.platform.paging.PageRequest;
import nl.assen.groenagenda.platform.versioned.VersionedMemo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Pages of the agenda list in one statement: how many items match and the page's items, which PostgreSQL
 * writes as the API's JSON, costs included. Reading every cost, date and array of a page into objects only
 * to write them out again was most of the time a list page took (issue 5: list pages at p99 50 ms).
 *
 * <p>The JSON is character for character what Jackson writes for an {@link AgendaItem} without history
 * (AgendaListPagesTest compares the two). The location is the exception on the database side: PostgreSQL
 * writes stored GeoJSON with its own spacing and number forms, so it is read back and written by Jackson,
 * as for a single item. Timestamps are written in the session's time zone, the zone the driver gives
 * {@code OffsetDateTime}s in. A {@link ListView#SUMMARY} page is written by PostgreSQL whole.
 *
 * <p>Pages are remembered per agenda version (migration V4): the agenda changes a few times a day and is
 * paged through all day, so most pages cost one tiny query instead of sorting, counting and writing items.
 */
@Component
class AgendaListPages {

    /** An item's JSON up to the value of {@code location}. */
    private static final String HEAD = """
            '{"id":"' || p.id || '","title":' || to_json(p.title) || ',"description":' || to_json(p.description)
                || ',"visions":' || array_to_json(p.visions) || ',"theme":' || to_json(p.theme_code)
                || ',"measureType":' || to_json(p.measure_type) || ',"districts":' || array_to_json(p.districts)
                || ',"location":'""";

    /** An item's JSON after the location; AgendaItem leaves out its own null fields, ItemContent does not. */
    private static final String TAIL = """
            ',"assetIds":' || array_to_json(p.asset_ids) || ',"department":' || to_json(p.department)
                || ',"owner":' || coalesce(to_json(p.owner)::text, 'null')
                || ',"plannedStart":' || coalesce(to_json(p.planned_start)::text, 'null')
                || ',"plannedEnd":' || coalesce(to_json(p.planned_end)::text, 'null')
                || ',"budgetLineCode":' || coalesce(to_json(p.budget_line_code)::text, 'null')
                || ',"costs":[' || coalesce(costs.json, '') || ']'
                || ',"workWithWork":[' || CASE WHEN jsonb_array_length(p.work_with_work) = 0 THEN '' ELSE
                    (SELECT string_agg('{"programme":' || to_json(w ->> 'programme') || ',"description":'
                            || CASE jsonb_typeof(w -> 'description') WHEN 'string' THEN to_json(w ->> 'description')::text
                                ELSE 'null' END || '}', ',' ORDER BY o)
                     FROM jsonb_array_elements(p.work_with_work) WITH ORDINALITY AS links (w, o)) END || ']'
                || ',"partners":' || array_to_json(p.partners) || ',"status":' || to_json(p.status)
                || coalesce(',"coverage":' || to_json(p.coverage), '')
                || coalesce(',"kaderbriefYear":' || p.kaderbrief_year, '')
                || coalesce(',"claimId":' || to_json(p.claim_id), '')
                || ',"progress":' || p.progress || ',"trafficLight":' || to_json(p.traffic_light)
                || coalesce(',"trafficLightCause":' || to_json(p.traffic_light_cause), '')
                || coalesce(',"trafficLightCorrection":' || to_json(p.traffic_light_correction), '')
                || ',"drafter":' || to_json(p.drafter) || ',"example":' || (p.example_key IS NOT NULL)
                || ',"version":' || p.version
                || ',"createdAt":"' || %s || '","updatedAt":"' || %s || '"}'""".formatted(
            instant("p.created_at"), instant("p.updated_at"));

    /** The page's costs in the order the API lists them, each as the JSON its row carries (V3 migration). */
    private static final String COSTS = """
            LEFT JOIN LATERAL (SELECT string_agg(c.list_json, ',' ORDER BY c.year, c.kind, c.recurring DESC) AS json
                               FROM agenda_item_cost c WHERE c.agenda_item_id = p.id) costs ON true""";

    /** An item as {@link ListView#SUMMARY} lists it. */
    private static final String SUMMARY = """
            '{"id":"' || p.id || '","title":' || to_json(p.title) || ',"example":' || (p.example_key IS NOT NULL)
                || ',"status":' || to_json(p.status) || ',"trafficLight":' || to_json(p.traffic_light)
                || ',"theme":' || to_json(p.theme_code) || ',"districts":' || array_to_json(p.districts)
                || ',"department":' || to_json(p.department)
                || ',"plannedStart":' || coalesce(to_json(p.planned_start)::text, 'null')
                || ',"totalCost":' || coalesce(costs.total, 0.00) || '}'""";

    private static final String COST_TOTAL = """
            LEFT JOIN LATERAL (SELECT sum(c.amount) AS total FROM agenda_item_cost c WHERE c.agenda_item_id = p.id) costs
                ON true""";

    private static final String VERSION = "SELECT version FROM agenda_version";

    private final DatabaseClient db;
    private final ObjectMapper mapper;
    /** Pages by their statement and bind values, which hold the caller's visibility too. */
    private final VersionedMemo<List<Object>, Page> pages;

    AgendaListPages(DatabaseClient db, ObjectMapper mapper,
                    @Value("${groenagenda.agenda.list.remembered-pages:200}") int rememberedPages) {
        this.db = db;
        this.mapper = mapper;
        this.pages = new VersionedMemo<>(rememberedPages);
    }

    /**
     * The page's items as one JSON array (UTF-8, ready to be sent: see PagedJson), in the query's order,
     * and how many items match in all.
     */
    record Page(byte[] items, long total) {
    }

    /**
     * The page as remembered at the agenda's current version, or read. The count, the page and the version
     * they are of are one statement, so one snapshot, one connection and one round trip. A page beyond the
     * last still gives its one row: the total and version, without an item.
     */
    Mono<Page> page(ItemQuery query) {
        ItemQuery.Where where = query.where();
        boolean summary = query.view() == ListView.SUMMARY;
        String sql = "SELECT t.total, (" + VERSION + ") AS version, page.head, page.location, page.tail"
                + " FROM (SELECT count(*) AS total FROM agenda_item i" + where.sql() + ") t"
                + " LEFT JOIN (SELECT row_number() OVER (ORDER BY " + query.outerOrderBy() + ") AS n, "
                + (summary ? SUMMARY + " AS head, NULL::jsonb AS location, NULL AS tail"
                        : HEAD + " AS head, p.location, " + TAIL + " AS tail")
                + " FROM (SELECT " + AgendaItemRepository.COLUMNS + query.sortColumns() + " FROM agenda_item i"
                + where.sql() + " ORDER BY " + query.orderBy() + " LIMIT :limit OFFSET :offset) p "
                + (summary ? COST_TOTAL : COSTS) + ") page ON true ORDER BY page.n";
        List<Object> key = key(sql, where.binds(), query.paging());
        return pages.rememberedOr(db.sql(VERSION).map(row -> row.get("version", Long.class)).one(), key,
                () -> read(sql, where, query, summary, key));
    }

    private Mono<Page> read(String sql, ItemQuery.Where where, ItemQuery query, boolean summary, List<Object> key) {
        var select = db.sql(sql);
        for (var bind : where.binds().entrySet()) {
            select = select.bind(bind.getKey(), bind.getValue());
        }
        return select.bind("limit", query.paging().pageSize()).bind("offset", query.paging().offset())
                .map(row -> row(row, summary)).all().collectList()
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new IllegalStateException("a list page without its count row");
                    }
                    StringBuilder items = new StringBuilder("[");
                    for (Row row : rows) {
                        if (row.json() != null) {
                            items.append(items.length() > 1 ? "," : "").append(row.json());
                        }
                    }
                    Page page = new Page(items.append(']').toString().getBytes(StandardCharsets.UTF_8), rows.get(0).total());
                    pages.put(key, rows.get(0).version(), page);
                    return page;
                });
    }

    /** What identifies a page: its statement and its values, arrays compared by their elements. */
    private static List<Object> key(String sql, Map<String, Object> binds, PageRequest paging) {
        List<Object> key = new ArrayList<>(binds.size() * 2 + 2);
        key.add(sql);
        for (var bind : binds.entrySet()) {
            key.add(bind.getKey());
            key.add(bind.getValue() instanceof Object[] values ? Arrays.asList(values) : bind.getValue());
        }
        key.add(paging);
        return List.copyOf(key);
    }

    private record Row(long total, long version, String json) {
    }

    private Row row(Readable row, boolean summary) {
        long total = row.get("total", Long.class);
        long version = row.get("version", Long.class);
        String head = row.get("head", String.class);
        if (head == null) {
            return new Row(total, version, null);
        }
        String json = summary ? head
                : head + location(row.get("location", Json.class)) + row.get("tail", String.class);
        return new Row(total, version, JsonEscapes.upperCaseHex(json));
    }

    private String location(Json stored) {
        if (stored == null) {
            return "null";
        }
        try {
            return mapper.writeValueAsString(mapper.readTree(stored.asArray()));
        } catch (IOException corrupt) {
            throw new IllegalStateException("JSON in the agenda database cannot be read", corrupt);
        }
    }

    /**
     * A timestamp as Jackson writes an {@code OffsetDateTime}: ISO 8601 with as many fraction digits as
     * needed (none for whole seconds) and {@code Z} or the offset.
     */
    static String instant(String column) {
        return ("rtrim(rtrim(to_char(%1$s, 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '0'), '.')"
                + " || CASE WHEN extract(timezone FROM %1$s) = 0 THEN 'Z' ELSE to_char(%1$s, 'TZH:TZM') END")
                .formatted(column);
    }
}
