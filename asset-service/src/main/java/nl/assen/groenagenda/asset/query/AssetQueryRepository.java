package nl.assen.groenagenda.asset.query;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.assen.groenagenda.asset.geo.GeoJson;
import nl.assen.groenagenda.asset.register.AssetDetails;
import nl.assen.groenagenda.asset.register.RegisterVersion;
import nl.assen.groenagenda.platform.versioned.VersionedMemo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The list and work-with-work queries. The SQL text is assembled from fixed fragments only; every value
 * from the request is a bound parameter.
 */
@Repository
class AssetQueryRepository {

    private static final String COLUMNS = """
            a.id, a.external_id, a.type_code, a.subtype_code, a.species_scientific, a.species_dutch, a.quantity,
            t.unit, a.district, a.neighbourhood_code, a.planting_year, a.replacement_due_year, a.condition,
            a.status, a.replacement_value, a.synthetic""";
    private static final Duration CODES_KEPT = Duration.ofMinutes(10);
    private static final String GEOMETRY_COLUMNS = ", a.rd_x, a.rd_y, CAST(a.geometry_rd AS TEXT) AS polygon_rd";

    private final DatabaseClient db;
    /** The totals of filtered lists: paging through one filter counts it once, not once per page. */
    private final VersionedMemo<String, Long> counts;
    /** Pages of the JSON list: the register changes by imports and edits, and is paged through all day. */
    private final VersionedMemo<String, JsonPage> pages;
    private final Mono<Codes> codes;

    AssetQueryRepository(DatabaseClient db, @Value("${groenagenda.assets.list.remembered-counts}") int rememberedCounts,
                         @Value("${groenagenda.assets.list.remembered-pages}") int rememberedPages) {
        this.db = db;
        this.counts = new VersionedMemo<>(rememberedCounts);
        this.pages = new VersionedMemo<>(rememberedPages);
        // Types and subtypes change only by migration; a failed read is not remembered.
        this.codes = readCodes().cache(codes -> CODES_KEPT, error -> Duration.ZERO, () -> Duration.ZERO);
    }

    /** The codes a type and a subtype filter may name. */
    record Codes(Set<String> types, Set<String> subtypes) {
    }

    Mono<Codes> codes() {
        return codes;
    }

    private Mono<Codes> readCodes() {
        return db.sql("SELECT 'T' AS kind, code FROM asset_type UNION ALL SELECT 'S', code FROM asset_subtype")
                .map(row -> new String[] {row.get("kind", String.class), row.get("code", String.class)})
                .all()
                .collectList()
                .map(rows -> new Codes(
                        Set.copyOf(rows.stream().filter(r -> r[0].equals("T")).map(r -> r[1]).toList()),
                        Set.copyOf(rows.stream().filter(r -> r[0].equals("S")).map(r -> r[1]).toList())));
    }

    /** A row with its geometry as GeoJSON in WGS84 and the register version it was read at. */
    record Row(AssetListItem item, Map<String, Object> geometry, long registerVersion) {
    }

    /** A page and the total of its filter, both as of one register version. */
    record Page(List<Row> rows, long total) {
    }

    /**
     * The page for maps (with geometry), then its total: remembered for this filter at the page's register version, or counted
     * (with the version, in one statement so both come from one snapshot) and remembered. A page past
     * the end has no row to carry the version and is simply counted.
     */
    Mono<Page> featurePage(AssetQuery query) {
        Where where = where(query);
        String filter = where.key();
        return rows(query, where).collectList().flatMap(rows -> {
            if (!rows.isEmpty()) {
                long version = rows.get(0).registerVersion();
                Optional<Long> known = counts.get(filter, version);
                if (known.isPresent()) {
                    return Mono.just(new Page(rows, known.get()));
                }
            }
            return count(where, filter).map(total -> new Page(rows, total.total()));
        });
    }

    /** A page as the JSON array of its items (UTF-8), written by PostgreSQL, and the total of its filter. */
    record JsonPage(byte[] items, long total) {
    }

    /**
     * The page of the plain JSON list, its items written as JSON by PostgreSQL in the form Jackson gives
     * {@link AssetListItem} (the test compares the two): one row with one text instead of fifty rows of
     * sixteen columns, which the driver would decode value by value only for Jackson to write them out
     * again, the largest part of what a list page cost. The total as for {@link #featurePage}: remembered or counted.
     * The whole page is remembered too, and served again as long as the register's version is the one it
     * was read at, for the price of reading that version.
     */
    Mono<JsonPage> jsonPage(AssetQuery query) {
        Where where = where(query);
        String filter = where.key();
        String order = order(query);
        String key = filter + order + "|" + query.paging().pageSize() + "|" + query.paging().offset();
        return pages.rememberedOr(RegisterVersion.current(db), key, () -> readJsonPage(query, where, filter, order, key));
    }

    /** Reads a page and remembers it, with its total if that was counted at the page's version too. */
    private Mono<JsonPage> readJsonPage(AssetQuery query, Where where, String filter, String order, String key) {
        // row_to_json writes compact JSON with the column names as keys (json_build_object would add
        // spaces around every colon); the lateral select names and orders the members as the record does.
        String sql = """
                SELECT coalesce('[' || string_agg(j.item, ',' ORDER BY j.position) || ']', '[]') AS items,
                       count(*) AS n, (""" + RegisterVersion.SELECT + """
                ) AS version
                  FROM (SELECT p.position, row_to_json(i)::text AS item
                          FROM (SELECT\s""" + COLUMNS + ", row_number() OVER (" + order + ") AS position"
                + " FROM asset a JOIN asset_type t ON t.code = a.type_code" + where.sql() + order
                + " LIMIT :limit OFFSET :offset) p," + """
                       LATERAL (SELECT p.id, p.external_id AS "externalId", p.type_code AS "type",
                                       p.subtype_code AS "subtype",
                                       CASE WHEN p.species_scientific IS NOT NULL THEN json_strip_nulls(json_build_object(
                                           'scientificName', p.species_scientific, 'dutchName', p.species_dutch)) END
                                           AS "species",
                                       p.quantity, p.unit, p.district, p.neighbourhood_code AS "neighbourhoodCode",
                                       p.planting_year AS "plantingYear", p.replacement_due_year AS "dueYear",
                                       p.condition, p.status, p.replacement_value AS "replacementValue", p.synthetic) i
                       ) j""";
        return where.bindTo(db.sql(sql))
                .bind("limit", query.paging().pageSize())
                .bind("offset", query.paging().offset())
                .map(row -> new Object[] {row.get("items", String.class), row.get("n", Long.class),
                        row.get("version", Long.class)})
                .one()
                .flatMap(row -> {
                    byte[] items = ((String) row[0]).getBytes(StandardCharsets.UTF_8);
                    long version = (Long) row[2];
                    Optional<Long> known = (Long) row[1] > 0 ? counts.get(filter, version) : Optional.empty();
                    Mono<Counted> counted = known.isPresent() ? Mono.just(new Counted(known.get(), version))
                            : count(where, filter);
                    return counted.map(total -> {
                        JsonPage page = new JsonPage(items, total.total());
                        if (total.version() == version) {
                            pages.put(key, version, page);
                        }
                        return page;
                    });
                });
    }

    /** A filter's total and the register version it was counted at. */
    private record Counted(long total, long version) {
    }

    private Mono<Counted> count(Where where, String filter) {
        return where.bindTo(db.sql("SELECT count(*) AS n, (" + RegisterVersion.SELECT + ") AS version"
                        + " FROM asset a" + where.sql()))
                .map(row -> {
                    Counted counted = new Counted(row.get("n", Long.class), row.get("version", Long.class));
                    counts.put(filter, counted.version(), counted.total());
                    return counted;
                })
                .one();
    }

    private static String order(AssetQuery query) {
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (AssetQuery.SortKey key : query.sort()) {
            order.append(key.column()).append(key.descending() ? " DESC" : " ASC").append(", ");
        }
        return order.append("a.id ASC").toString();
    }

    private Flux<Row> rows(AssetQuery query, Where where) {
        String order = order(query);
        String sql = "SELECT " + COLUMNS + GEOMETRY_COLUMNS
                + ", (" + RegisterVersion.SELECT + ") AS register_version"
                + " FROM asset a JOIN asset_type t ON t.code = a.type_code" + where.sql() + order
                + " LIMIT :limit OFFSET :offset";
        return where.bindTo(db.sql(sql))
                .bind("limit", query.paging().pageSize())
                .bind("offset", query.paging().offset())
                .map(row -> new Row(item(row), geometry(row), row.get("register_version", Long.class)))
                .all();
    }

    /** Count, value, and the part of both that is already past its due year at the start of the work. */
    record Totals(long count, BigDecimal replacementValue, long overdueCount, BigDecimal overdueValue) {
    }

    Mono<Totals> workWithWorkTotals(WorkWithWorkQuery query) {
        Where where = where(query);
        return where.bindTo(db.sql("""
                        SELECT count(*) AS n, coalesce(sum(a.replacement_value), 0) AS value,
                               count(*) FILTER (WHERE a.replacement_due_year < :fromYear) AS overdue_n,
                               coalesce(sum(a.replacement_value) FILTER (WHERE a.replacement_due_year < :fromYear), 0) AS overdue_value
                          FROM asset a""" + where.sql()))
                .bind("fromYear", query.fromYear())
                .map(row -> new Totals(row.get("n", Long.class), row.get("value", BigDecimal.class),
                        row.get("overdue_n", Long.class), row.get("overdue_value", BigDecimal.class)))
                .one();
    }

    Flux<AssetListItem> workWithWorkPage(WorkWithWorkQuery query) {
        Where where = where(query);
        return where.bindTo(db.sql("SELECT " + COLUMNS + " FROM asset a JOIN asset_type t ON t.code = a.type_code"
                        + where.sql() + " ORDER BY a.replacement_due_year ASC, a.id ASC LIMIT :limit OFFSET :offset"))
                .bind("limit", query.paging().pageSize())
                .bind("offset", query.paging().offset())
                .map(AssetQueryRepository::item)
                .all();
    }

    private static Where where(AssetQuery query) {
        Where where = new Where();
        where.any("a.type_code", "types", query.types());
        where.any("a.subtype_code", "subtypes", query.subtypes());
        where.any("a.district", "districts", query.districts());
        where.any("a.condition", "conditions", query.conditions());
        where.any("a.status", "statuses", query.statuses());
        if (query.dueBefore() != null) {
            where.add("a.replacement_due_year < :dueBefore", "dueBefore", query.dueBefore());
        }
        if (query.bbox() != null) {
            where.box(query.bbox());
        }
        return where;
    }

    private static Where where(WorkWithWorkQuery query) {
        Where where = new Where();
        // Only what stands there now: planned green is not replaced and removed green is gone.
        where.add("a.status = 'PRESENT'", null, null);
        if (query.district() != null) {
            where.add("a.district = :district", "district", query.district());
        } else {
            where.box(query.bbox());
        }
        where.add("a.replacement_due_year <= :dueUpTo", "dueUpTo", query.dueUpTo());
        return where;
    }

    /** WHERE clauses and their bound values. */
    private static final class Where {

        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> values = new LinkedHashMap<>();

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            if (name != null) {
                values.put(name, value);
            }
        }

        /** One value is compared as such: only then can an index on the column also give the order. */
        void any(String column, String name, List<String> candidates) {
            if (candidates.size() == 1) {
                add(column + " = :" + name, name, candidates.get(0));
            } else if (!candidates.isEmpty()) {
                add(column + " = ANY(:" + name + ")", name, candidates.toArray(String[]::new));
            }
        }

        /** The filter as text: the SQL and every bound value. */
        String key() {
            StringBuilder key = new StringBuilder(sql());
            for (Map.Entry<String, Object> value : values.entrySet()) {
                key.append('|').append(value.getKey()).append('=').append(value.getValue() instanceof Object[] array
                        ? Arrays.toString(array) : String.valueOf(value.getValue()));
            }
            return key.toString();
        }

        /**
         * First the RD rectangle around the box, which the (rd_x, rd_y) index answers, then the exact test
         * on each asset's WGS84 position. A box outside the Netherlands selects nothing.
         */
        void box(WgsBox box) {
            if (box.outsideNetherlands()) {
                clauses.add("false");
                return;
            }
            double[] rd = box.rdEnvelope();
            // Bound as numeric, like the columns, so the index applies.
            add("a.rd_x BETWEEN :minX AND :maxX", "minX", metres(rd[0], RoundingMode.FLOOR));
            values.put("maxX", metres(rd[2], RoundingMode.CEILING));
            add("a.rd_y BETWEEN :minY AND :maxY", "minY", metres(rd[1], RoundingMode.FLOOR));
            values.put("maxY", metres(rd[3], RoundingMode.CEILING));
            add(RdSql.LONGITUDE + " BETWEEN :minLon AND :maxLon", "minLon", box.minLon());
            values.put("maxLon", box.maxLon());
            add(RdSql.LATITUDE + " BETWEEN :minLat AND :maxLat", "minLat", box.minLat());
            values.put("maxLat", box.maxLat());
        }

        String sql() {
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }

        DatabaseClient.GenericExecuteSpec bindTo(DatabaseClient.GenericExecuteSpec spec) {
            DatabaseClient.GenericExecuteSpec bound = spec;
            for (Map.Entry<String, Object> value : values.entrySet()) {
                bound = bound.bind(value.getKey(), value.getValue());
            }
            return bound;
        }

        private static BigDecimal metres(double value, RoundingMode rounding) {
            return BigDecimal.valueOf(value).setScale(2, rounding);
        }
    }

    private static AssetListItem item(Readable row) {
        String scientific = row.get("species_scientific", String.class);
        return new AssetListItem(row.get("id", UUID.class), row.get("external_id", String.class),
                row.get("type_code", String.class), row.get("subtype_code", String.class),
                scientific == null ? null : new AssetDetails.Species(scientific, row.get("species_dutch", String.class)),
                row.get("quantity", BigDecimal.class), row.get("unit", String.class), row.get("district", String.class),
                row.get("neighbourhood_code", String.class), row.get("planting_year", Integer.class),
                row.get("replacement_due_year", Integer.class), row.get("condition", String.class),
                row.get("status", String.class), row.get("replacement_value", BigDecimal.class),
                row.get("synthetic", Boolean.class));
    }

    private static Map<String, Object> geometry(Readable row) {
        String polygon = row.get("polygon_rd", String.class);
        return polygon != null ? GeoJson.polygon(polygon)
                : GeoJson.point(row.get("rd_x", BigDecimal.class).doubleValue(), row.get("rd_y", BigDecimal.class).doubleValue());
    }
}
