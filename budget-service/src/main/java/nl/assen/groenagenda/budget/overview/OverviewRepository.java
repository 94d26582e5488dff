package nl.assen.groenagenda.budget.overview;

import java.math.BigDecimal;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * Every line with every year of the range in one query, in order of code and year. A year without
 * an amount on a line shows zeros, so each line has the same years.
 */
@Repository
class OverviewRepository {

    private final DatabaseClient db;

    OverviewRepository(DatabaseClient db) {
        this.db = db;
    }

    record Row(String code, String name, String taakveld, String taakveldName, String kind, int year,
               BigDecimal budget, BigDecimal reserved, BigDecimal realised) {
    }

    Flux<Row> rows(int fromYear, int toYear) {
        return db.sql("""
                        SELECT l.code, l.name, l.taakveld_code, t.name AS taakveld_name, l.kind, y.year,
                               COALESCE(b.expenses_structural + b.expenses_one_off, 0) AS budget,
                               COALESCE(b.reserved, 0) AS reserved, COALESCE(b.realised, 0) AS realised
                        FROM budget_line l
                        JOIN taakveld t ON t.code = l.taakveld_code
                        CROSS JOIN generate_series(:fromYear, :toYear) AS y (year)
                        LEFT JOIN budget_year b ON b.budget_line_code = l.code AND b.year = y.year
                        ORDER BY l.code, y.year""")
                .bind("fromYear", fromYear)
                .bind("toYear", toYear)
                .map((row, meta) -> new Row(row.get("code", String.class), row.get("name", String.class),
                        row.get("taakveld_code", String.class), row.get("taakveld_name", String.class),
                        row.get("kind", String.class), row.get("year", Integer.class),
                        row.get("budget", BigDecimal.class).setScale(2),
                        row.get("reserved", BigDecimal.class).setScale(2),
                        row.get("realised", BigDecimal.class).setScale(2)))
                .all();
    }
}
