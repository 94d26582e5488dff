package nl.assen.groenagenda.asset.bulk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.stereotype.Component;

/**
 * Plain JDBC connections for the few jobs that move the whole register: seeding, imports (COPY) and
 * reading the stock for a replacement plan. R2DBC hands rows over one signal at a time, each paying for
 * the reactive operators and the log context on the way; for hundreds of thousands of rows a blocking
 * read on a worker thread costs a fraction of that. Callers run on boundedElastic, never on an event
 * loop. A connection per job, from the database settings Flyway uses: these jobs are rare and long.
 */
@Component
public class BulkConnections {

    private final FlywayProperties database;

    BulkConnections(FlywayProperties database) {
        this.database = database;
    }

    public Connection open() throws SQLException {
        return DriverManager.getConnection(database.getUrl(), database.getUser(), database.getPassword());
    }
}
