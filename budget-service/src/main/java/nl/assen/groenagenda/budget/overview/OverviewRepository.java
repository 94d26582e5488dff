package nl.assen.groenagenda.budget.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * Every line with its years of the range in one query, one row per line in order of code. A year
 * without an amount on a line shows zeros, so each line has the same years.
 *
 * <p>One row per line rather than per line and year: every row costs the reactive pipeline (context
 * propagation, decoding) far more than the few numbers in it, and the overview has thousands of
 * line-years. The years of a line come as one text, {@code year:structural:one-off:reserved:realised}
 * per year (amounts as PostgreSQL writes NUMERIC), separated by commas: the values of a year cannot
 * be paired up wrongly, and reading them costs a fraction of what the driver's decoding of the same
 * numbers as arrays costs (and the database does no arithmetic for it).
 */
@Repository
class OverviewRepository {

    private final DatabaseClient db;

    OverviewRepository(DatabaseClient db) {
        this.db = db;
    }

    /** A line with its amounts per year, from {@code fromYear} on, one entry per year of the range. */
    record Row(String code, String name, String taakveld, String taakveldName, String kind, List<Amounts> years) {
    }

    /** The amounts of one line in one year, in euros with cents. */
    record Amounts(BigDecimal budget, BigDecimal reserved, BigDecimal realised) {

        static final Amounts NONE = new Amounts(euros(0), euros(0), euros(0));
    }

    Flux<Row> rows(int fromYear, int toYear) {
        int span = toYear - fromYear + 1;
        return db.sql("""
                        SELECT l.code, l.name, l.taakveld_code, t.name AS taakveld_name, l.kind, y.figures
                        FROM budget_line l
                        JOIN taakveld t ON t.code = l.taakveld_code
                        LEFT JOIN (SELECT budget_line_code,
                                          string_agg(concat_ws(':', year, expenses_structural, expenses_one_off,
                                                               reserved, realised), ',') AS figures
                                   FROM budget_year
                                   WHERE year BETWEEN :fromYear AND :toYear
                                   GROUP BY budget_line_code) y ON y.budget_line_code = l.code
                        ORDER BY l.code""")
                .bind("fromYear", fromYear)
                .bind("toYear", toYear)
                .map((row, meta) -> new Row(row.get("code", String.class), row.get("name", String.class),
                        row.get("taakveld_code", String.class), row.get("taakveld_name", String.class),
                        row.get("kind", String.class), years(row.get("figures", String.class), fromYear, span)))
                .all();
    }

    /** The years of {@code figures} (as the query writes them) in a list of {@code span} years from {@code fromYear}. */
    static List<Amounts> years(String figures, int fromYear, int span) {
        List<Amounts> years = new ArrayList<>(Collections.nCopies(span, Amounts.NONE));
        if (figures == null) {
            return years;
        }
        Numbers numbers = new Numbers(figures);
        while (numbers.hasNext()) {
            int year = numbers.next().intValueExact();
            BigDecimal budget = numbers.next().add(numbers.next()).setScale(2);
            years.set(year - fromYear, new Amounts(budget, numbers.next().setScale(2), numbers.next().setScale(2)));
        }
        return years;
    }

    /** Scale 2, as the amounts are stored (NUMERIC(14,2)) and as the API shows them. */
    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /**
     * Reads the numbers of the figures one by one, exactly: digits with at most one decimal point,
     * never negative (CHECK constraints).
     */
    private static final class Numbers {

        private final String text;
        private int at;

        Numbers(String text) {
            this.text = text;
        }

        boolean hasNext() {
            return at < text.length();
        }

        BigDecimal next() {
            int start = at;
            long unscaled = 0;
            int point = -1;
            for (; at < text.length() && text.charAt(at) != ':' && text.charAt(at) != ','; at++) {
                char c = text.charAt(at);
                if (c == '.' && point < 0) {
                    point = at;
                } else if (c >= '0' && c <= '9') {
                    unscaled = Math.addExact(Math.multiplyExact(unscaled, 10), c - '0');
                } else {
                    throw unexpected();
                }
            }
            if (at == start || point == start || point == at - 1) {
                throw unexpected();
            }
            int scale = point < 0 ? 0 : at - point - 1;
            at++;
            return BigDecimal.valueOf(unscaled, scale);
        }

        private IllegalStateException unexpected() {
            return new IllegalStateException("Unexpected figures from the overview query: " + text);
        }
    }
}
