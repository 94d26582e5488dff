package nl.assen.groenagenda.budget.taakveld;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

@Repository
class TaakveldRepository {

    private final DatabaseClient db;

    TaakveldRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Taakveld> findAll() {
        return db.sql("""
                        SELECT t.code, t.name, m.code AS main_code, m.name AS main_name
                        FROM taakveld t JOIN hoofdtaakveld m ON m.code = t.hoofdtaakveld_code
                        ORDER BY t.sort_key""")
                .map((row, meta) -> new Taakveld(
                        row.get("code", String.class),
                        row.get("name", String.class),
                        row.get("main_code", String.class),
                        row.get("main_name", String.class)))
                .all();
    }
}
