package nl.assen.groenagenda.budget.kaderbrief;

import java.math.BigDecimal;
import nl.assen.groenagenda.budget.overview.PendingClaims;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The amounts asked for in claims the council has not decided on yet, for the budget overview. */
@Component
class PendingClaimAmounts implements PendingClaims {

    private final DatabaseClient db;

    PendingClaimAmounts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Pending> between(int fromYear, int toYear) {
        return db.sql("""
                        SELECT c.budget_line_code, a.year, SUM(a.amount) AS amount
                        FROM kaderbrief_claim c
                        JOIN kaderbrief_claim_amount a ON a.claim_id = c.id
                        WHERE c.status = 'PENDING' AND a.year BETWEEN :fromYear AND :toYear
                        GROUP BY c.budget_line_code, a.year""")
                .bind("fromYear", fromYear)
                .bind("toYear", toYear)
                .map((row, meta) -> new Pending(
                        row.get("budget_line_code", String.class),
                        row.get("year", Integer.class),
                        row.get("amount", BigDecimal.class)))
                .all();
    }
}
