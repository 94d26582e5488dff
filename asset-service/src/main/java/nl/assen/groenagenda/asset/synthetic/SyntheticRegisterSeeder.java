package nl.assen.groenagenda.asset.synthetic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.asset.bulk.BulkConnections;
import nl.assen.groenagenda.asset.norm.Valuation;
import nl.assen.groenagenda.asset.synthetic.SyntheticRegister.GeneratedAsset;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the generated register of Assen at start-up when the register is empty, so that the run
 * command and the tests have Assen's green stock to work with. Switch it off in production
 * ({@code ASSET_SYNTHETIC_REGISTER=false}): a real register is imported, never generated.
 *
 * <p>Fast: one {@code COPY} through the JDBC driver's CopyManager, over the connection settings
 * Flyway uses, in one transaction; values are computed from the cost norms in the database by
 * {@link Valuation}. An advisory lock keeps two instances starting together from loading it twice.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "groenagenda.assets.synthetic-register.enabled", havingValue = "true", matchIfMissing = true)
class SyntheticRegisterSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticRegisterSeeder.class);
    private static final long LOCK = 0x67726f656e3031L; // "groen01"
    private static final String COLUMNS = "id, external_id, type_code, subtype_code, species_scientific, species_dutch, "
            + "quantity, geometry_kind, rd_x, rd_y, geometry_rd, district, neighbourhood_code, planting_year, "
            + "expected_lifespan_years, lifespan_from_norm, condition, inspection_date, safety_class, protection_status, "
            + "provides_shade, water_storage, status, replacement_value, synthetic, created_by, updated_by";

    private final BulkConnections connections;
    private final long seed;

    SyntheticRegisterSeeder(BulkConnections connections,
                            @org.springframework.beans.factory.annotation.Value(
                                    "${groenagenda.assets.synthetic-register.seed:" + SyntheticRegister.DEFAULT_SEED + "}") long seed) {
        this.connections = connections;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                try (ResultSet any = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM asset)")) {
                    any.next();
                    if (any.getBoolean(1)) {
                        connection.rollback();
                        log.info("Register is not empty: the synthetic register is not loaded");
                        return;
                    }
                }
                Map<String, Norm> norms = norms(statement);
                List<GeneratedAsset> assets = SyntheticRegister.generate(seed);
                copy(connection, assets, norms);
                connection.commit();
                log.info("Loaded the synthetic register of Assen (seed {}): {} assets in {} ms",
                        seed, assets.size(), (System.nanoTime() - started) / 1_000_000);
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        }
    }

    private record Norm(BigDecimal unitCost, int lifespanYears) {
    }

    private static Map<String, Norm> norms(Statement statement) throws SQLException {
        Map<String, Norm> norms = new HashMap<>();
        try (ResultSet rows = statement.executeQuery("SELECT subtype_code, unit_cost, lifespan_years FROM cost_norm")) {
            while (rows.next()) {
                norms.put(rows.getString(1), new Norm(rows.getBigDecimal(2), rows.getInt(3)));
            }
        }
        return norms;
    }

    private static void copy(Connection connection, List<GeneratedAsset> assets, Map<String, Norm> norms)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY asset (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)");
        try {
            StringBuilder batch = new StringBuilder(1 << 20);
            for (GeneratedAsset asset : assets) {
                Norm norm = norms.get(asset.subtype());
                if (norm == null) {
                    throw new IllegalStateException("No cost norm for subtype " + asset.subtype());
                }
                row(batch, asset, norm);
                if (batch.length() > (1 << 20) - 4096) {
                    write(copy, batch);
                }
            }
            write(copy, batch);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder batch) throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }

    private static void row(StringBuilder out, GeneratedAsset a, Norm norm) {
        field(out, a.id().toString(), false);
        field(out, a.externalId(), true);
        field(out, a.type(), true);
        field(out, a.subtype(), true);
        field(out, a.speciesScientific(), true);
        field(out, a.speciesDutch(), true);
        field(out, a.quantity().toPlainString(), true);
        field(out, a.geometryKind(), true);
        field(out, a.rdX().toPlainString(), true);
        field(out, a.rdY().toPlainString(), true);
        field(out, a.geometryRd(), true);
        field(out, a.district(), true);
        field(out, a.neighbourhoodCode(), true);
        field(out, Integer.toString(a.plantingYear()), true);
        field(out, Integer.toString(norm.lifespanYears()), true);
        field(out, "true", true);
        field(out, a.condition(), true);
        field(out, a.inspectionDate() == null ? null : a.inspectionDate().toString(), true);
        field(out, a.safetyClass(), true);
        field(out, a.protectionStatus(), true);
        field(out, Boolean.toString(a.providesShade()), true);
        field(out, Boolean.toString(a.waterStorage()), true);
        field(out, "PRESENT", true);
        field(out, Valuation.replacementValue(a.quantity(), norm.unitCost()).toPlainString(), true);
        field(out, "true", true);
        field(out, SyntheticRegister.CREATED_BY, true);
        field(out, SyntheticRegister.CREATED_BY, true);
        out.append('\n');
    }

    /** CSV: an absent value is an empty unquoted field (NULL); every value is quoted. */
    private static void field(StringBuilder out, String value, boolean separator) {
        if (separator) {
            out.append(',');
        }
        if (value != null) {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }
}
