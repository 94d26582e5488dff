package nl.assen.groenagenda.agenda.theme;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

@Repository
class ThemeRepository {

    private final DatabaseClient db;

    ThemeRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Theme> findAll() {
        return db.sql("SELECT code, name, vision FROM theme ORDER BY sort_order, code")
                .map((row, meta) -> new Theme(
                        row.get("code", String.class),
                        row.get("name", String.class),
                        row.get("vision", String.class)))
                .all();
    }
}
