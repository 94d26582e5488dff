package nl.assen.groenagenda.asset.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class SummaryRepository {

    private final DatabaseClient db;

    SummaryRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * One query: the groups and, as the grand-total grouping set, the total, so that the total is the
     * database's sum of exactly the rows the groups sum (an empty register still yields the total row).
     */
    Mono<Summary> summary() {
        return db.sql("""
                        SELECT a.district, a.type_code, t.unit, count(*) AS asset_count,
                               coalesce(sum(a.quantity), 0) AS quantity,
                               coalesce(sum(a.replacement_value), 0) AS replacement_value,
                               coalesce(bool_or(a.synthetic), false) AS synthetic,
                               GROUPING(a.district, a.type_code, t.unit, t.sort_order) AS grand_total
                          FROM asset a JOIN asset_type t ON t.code = a.type_code
                         WHERE a.status = 'PRESENT'
                         GROUP BY GROUPING SETS ((a.district, a.type_code, t.unit, t.sort_order), ())
                         ORDER BY grand_total, a.district, t.sort_order
                        """)
                .map(row -> new Row(row.get("grand_total", Integer.class) != 0,
                        new Summary.Group(row.get("district", String.class), row.get("type_code", String.class),
                                row.get("asset_count", Long.class), row.get("quantity", BigDecimal.class),
                                row.get("unit", String.class), row.get("replacement_value", BigDecimal.class),
                                row.get("synthetic", Boolean.class))))
                .all()
                .collectList()
                .map(rows -> {
                    List<Summary.Group> groups = new ArrayList<>();
                    Summary.Group total = null;
                    for (Row row : rows) {
                        if (row.total()) {
                            total = row.group();
                        } else {
                            groups.add(row.group());
                        }
                    }
                    if (total == null) {
                        throw new IllegalStateException("the grand total row is missing");
                    }
                    return new Summary(total.replacementValue(), total.count(), total.synthetic(), groups);
                });
    }

    private record Row(boolean total, Summary.Group group) {
    }
}
