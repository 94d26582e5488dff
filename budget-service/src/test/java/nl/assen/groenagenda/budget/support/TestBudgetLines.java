package nl.assen.groenagenda.budget.support;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Creates a budget line of its own for one test, with one adopted year, so that tests never share
 * or depend on each other's reservations. Codes start with ZZ-TEST so they sort after real lines.
 */
public final class TestBudgetLines {

    private TestBudgetLines() {
    }

    public static String withBudget(DatabaseClient db, int year, BigDecimal expenses) {
        String code = "ZZ-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        db.sql("""
                        INSERT INTO budget_line (code, name, description, taakveld_code, kind, department)
                        VALUES (:code, 'Testregel', 'Alleen voor een test.', '5.7', 'OPERATING', 'openbare-ruimte')""")
                .bind("code", code).then().block();
        db.sql("""
                        INSERT INTO budget_year (budget_line_code, year, expenses_structural, status)
                        VALUES (:code, :year, :expenses, 'ADOPTED')""")
                .bind("code", code).bind("year", year).bind("expenses", expenses).then().block();
        return code;
    }

    public static BigDecimal reserved(DatabaseClient db, String code, int year) {
        return db.sql("SELECT reserved FROM budget_year WHERE budget_line_code = :code AND year = :year")
                .bind("code", code).bind("year", year)
                .map((row, meta) -> row.get("reserved", BigDecimal.class)).one().block();
    }
}
