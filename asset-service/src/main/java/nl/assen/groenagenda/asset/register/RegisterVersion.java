package nl.assen.groenagenda.asset.register;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The register's version (migration V6): a number every statement that changes the register raises in its
 * own transaction, so that what was read at one version can be served again, exactly, while it stands.
 */
public final class RegisterVersion {

    /**
     * The query for the version now. A read whose result is to be remembered selects it in its own statement,
     * as a scalar subquery {@code (SELECT ...) AS version}, so that both come from one snapshot.
     */
    public static final String SELECT = "SELECT version FROM register_version";

    private RegisterVersion() {
    }

    public static Mono<Long> current(DatabaseClient db) {
        return db.sql(SELECT).map(row -> row.get("version", Long.class)).one();
    }
}
