package nl.assen.groenagenda.asset.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.asset.bulk.BulkConnections;
import nl.assen.groenagenda.asset.bulk.TimeOrderedIds;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports one file in one JDBC transaction (blocking: the controller runs it on boundedElastic).
 * Rows are validated as they stream in and the valid ones are COPYed into a temporary staging table;
 * when the file ends without a single error the staged rows are upserted into the register by external
 * id, with a history entry each, and the import is logged. Any error rolls back: nothing is stored.
 */
@Component
class AssetImporter {

    enum Format { CSV, GEOJSON }

    /** Serialises imports: two files updating the same external ids never deadlock. */
    private static final long LOCK = 0x67726f656e3034L; // "groen04"
    private static final int BATCH = 1 << 20;

    private final BulkConnections connections;
    private final ObjectMapper mapper;
    private final int maxErrors;

    AssetImporter(BulkConnections connections, ObjectMapper mapper,
                  @Value("${groenagenda.assets.import.max-errors}") int maxErrors) {
        this.connections = connections;
        this.mapper = mapper;
        this.maxErrors = maxErrors;
    }

    ImportReport run(InputStream body, Format format, Crs fileCrs, String who, String reason, String fileName)
            throws SQLException, IOException {
        UUID id = UUID.randomUUID();
        String why = reason != null && !reason.isBlank() ? (reason.trim().length() > 1000 ? reason.trim().substring(0, 1000) : reason.trim())
                : "import " + (fileName != null && !fileName.isBlank() ? fileName : id.toString());
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            try {
                ImportReport report = importIn(connection, body, format, fileCrs, who, why, fileName, id);
                connection.commit();
                return report;
            } catch (SQLException | IOException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
        }
    }

    private ImportReport importIn(Connection connection, InputStream body, Format format, Crs fileCrs, String who,
                                  String why, String fileName, UUID id) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            statement.execute("""
                    CREATE TEMP TABLE import_staging (
                        id UUID NOT NULL, external_id VARCHAR(80) NOT NULL, type_code VARCHAR(40) NOT NULL, subtype_code VARCHAR(40) NOT NULL,
                        species_scientific VARCHAR(120), species_dutch VARCHAR(120), quantity NUMERIC(12,2) NOT NULL,
                        geometry_kind VARCHAR(8) NOT NULL, rd_x NUMERIC(10,2) NOT NULL, rd_y NUMERIC(10,2) NOT NULL,
                        geometry_rd JSONB, district VARCHAR(80) NOT NULL, neighbourhood_code VARCHAR(10),
                        planting_year INTEGER, expected_lifespan_years INTEGER NOT NULL, condition VARCHAR(2),
                        inspection_date DATE, replacement_value NUMERIC(14,2) NOT NULL
                    ) ON COMMIT DROP
                    """);
        }
        Catalogue catalogue = Catalogue.load(connection);
        ImportErrors errors = new ImportErrors(maxErrors);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY import_staging FROM STDIN WITH (FORMAT csv)");
        long rows;
        try {
            Stager stager = new Stager(copy, errors, new TimeOrderedIds(System.currentTimeMillis()));
            rows = format == Format.CSV ? csv(body, fileCrs, catalogue, errors, stager)
                    : geoJson(body, fileCrs, catalogue, errors, stager);
            stager.flush();
            if (errors.any()) {
                copy.cancelCopy();
            } else {
                copy.endCopy();
            }
        } catch (UncheckedIOException wrapped) {
            throw wrapped.getCause();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        if (!errors.any() && rows == 0) {
            errors.add("body", "Het bestand bevat geen rijen.");
        }
        if (errors.any()) {
            throw errors.problem(rows);
        }
        return upsert(connection, id, format, rows, who, why, fileName);
    }

    private long csv(InputStream body, Crs fileCrs, Catalogue catalogue, ImportErrors errors, Stager stager)
            throws IOException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        CsvSource source = new CsvSource(reader);
        List<String> header = source.header();
        if (header == null) {
            errors.add("columns", "Het bestand is leeg: verwacht een kopregel met kolomnamen.");
            return 0;
        }
        Map<String, Integer> columns = CsvSource.columns(header, errors);
        if (errors.any()) {
            return 0;
        }
        Crs crs = fileCrs;
        if (crs == null) {
            crs = ImportColumns.namesWgs84(header.get(columns.get(ImportColumns.X))) ? Crs.WGS84 : Crs.RD_NEW;
        }
        RowValidator validator = new RowValidator(catalogue, errors, Year.now().getValue(), source.separator() != ',');
        long row = 0;
        for (List<String> record = source.next(); record != null; record = source.next()) {
            row++;
            if (record.size() != header.size()) {
                errors.row(row, null, "Verwacht " + header.size() + " velden, gevonden " + record.size() + ".");
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                fields.put(column.getKey(), record.get(column.getValue()));
            }
            stager.stage(validator.validate(row, fields, null, crs, true));
        }
        return row;
    }

    private long geoJson(InputStream body, Crs fileCrs, Catalogue catalogue, ImportErrors errors, Stager stager)
            throws IOException {
        RowValidator validator = new RowValidator(catalogue, errors, Year.now().getValue(), false);
        Crs[] crs = {fileCrs == null ? Crs.WGS84 : fileCrs};
        return new GeoJsonSource(mapper, errors).read(body, crs,
                (row, fields, geometry) -> stager.stage(validator.validate(row, fields, geometry, crs[0], false)));
    }

    /** Writes valid rows to the COPY in batches; once an error is found nothing more is written. */
    private static final class Stager {
        private final CopyIn copy;
        private final ImportErrors errors;
        private final TimeOrderedIds ids;
        private final StringBuilder batch = new StringBuilder(BATCH);

        /** New assets get their ids in file order (an asset already in the register keeps its own). */
        Stager(CopyIn copy, ImportErrors errors, TimeOrderedIds ids) {
            this.copy = copy;
            this.errors = errors;
            this.ids = ids;
        }

        void stage(RowValidator.StagedRow r) {
            if (r == null || errors.any()) {
                batch.setLength(0);
                return;
            }
            field(ids.next().toString(), false);
            field(r.externalId(), true);
            field(r.type(), true);
            field(r.subtype(), true);
            field(r.speciesScientific(), true);
            field(r.speciesDutch(), true);
            field(r.quantity().toPlainString(), true);
            field(r.geometryKind(), true);
            field(r.rdX().toPlainString(), true);
            field(r.rdY().toPlainString(), true);
            field(r.geometryRd(), true);
            field(r.district(), true);
            field(r.neighbourhoodCode(), true);
            field(r.plantingYear() == null ? null : r.plantingYear().toString(), true);
            field(Integer.toString(r.lifespanYears()), true);
            field(r.condition(), true);
            field(r.inspectionDate() == null ? null : r.inspectionDate().toString(), true);
            field(r.replacementValue().toPlainString(), true);
            batch.append('\n');
            if (batch.length() > BATCH - 8192) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty() || errors.any()) {
                batch.setLength(0);
                return;
            }
            byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException failure) {
                throw new IllegalStateException("staging the import failed", failure);
            }
            batch.setLength(0);
        }

        /** CSV: an absent value is an empty unquoted field (NULL); every value is quoted. */
        private void field(String value, boolean separator) {
            if (separator) {
                batch.append(',');
            }
            if (value != null) {
                batch.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
        }
    }

    private ImportReport upsert(Connection connection, UUID id, Format format, long rows, String who, String why,
                                String fileName) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE import_staging");
            statement.execute("""
                    CREATE TEMP TABLE import_before ON COMMIT DROP AS
                    SELECT a.id, jsonb_build_object('type', a.type_code, 'subtype', a.subtype_code,
                               'quantity', a.quantity, 'plantingYear', a.planting_year, 'district', a.district,
                               'condition', a.condition, 'rdX', a.rd_x, 'rdY', a.rd_y,
                               'replacementValue', a.replacement_value) AS before
                      FROM asset a JOIN import_staging s ON s.external_id = a.external_id
                    """);
        }
        long inserted;
        long updated;
        BigDecimal total;
        try (PreparedStatement upsert = connection.prepareStatement("""
                WITH up AS (
                    INSERT INTO asset (id, external_id, type_code, subtype_code, species_scientific, species_dutch,
                                       quantity, geometry_kind, rd_x, rd_y, geometry_rd, district, neighbourhood_code,
                                       planting_year, expected_lifespan_years, lifespan_from_norm, condition,
                                       inspection_date, status, replacement_value, synthetic, created_by, updated_by)
                    SELECT id, external_id, type_code, subtype_code, species_scientific, species_dutch,
                           quantity, geometry_kind, rd_x, rd_y, geometry_rd, district, neighbourhood_code,
                           planting_year, expected_lifespan_years, true, condition, inspection_date, 'PRESENT',
                           replacement_value, false, ?, ?
                      FROM import_staging
                    ON CONFLICT (external_id) DO UPDATE SET
                           type_code = EXCLUDED.type_code, subtype_code = EXCLUDED.subtype_code,
                           species_scientific = EXCLUDED.species_scientific, species_dutch = EXCLUDED.species_dutch,
                           quantity = EXCLUDED.quantity, geometry_kind = EXCLUDED.geometry_kind,
                           rd_x = EXCLUDED.rd_x, rd_y = EXCLUDED.rd_y, geometry_rd = EXCLUDED.geometry_rd,
                           district = EXCLUDED.district, neighbourhood_code = EXCLUDED.neighbourhood_code,
                           planting_year = EXCLUDED.planting_year,
                           expected_lifespan_years = CASE WHEN asset.lifespan_from_norm
                                                          THEN EXCLUDED.expected_lifespan_years
                                                          ELSE asset.expected_lifespan_years END,
                           condition = EXCLUDED.condition, inspection_date = EXCLUDED.inspection_date,
                           replacement_value = EXCLUDED.replacement_value, synthetic = false,
                           updated_at = now(), updated_by = EXCLUDED.updated_by
                    RETURNING id, type_code, subtype_code, quantity, planting_year, district, condition, rd_x, rd_y,
                              replacement_value
                ), history AS (
                    INSERT INTO asset_history (asset_id, changed_by, action, reason, before, after)
                    SELECT up.id, ?, CASE WHEN b.id IS NULL THEN 'CREATED' ELSE 'UPDATED' END, ?, b.before,
                           jsonb_build_object('type', up.type_code, 'subtype', up.subtype_code, 'quantity', up.quantity,
                                              'plantingYear', up.planting_year, 'district', up.district,
                                              'condition', up.condition, 'rdX', up.rd_x, 'rdY', up.rd_y,
                                              'replacementValue', up.replacement_value)
                      FROM up LEFT JOIN import_before b ON b.id = up.id
                )
                SELECT count(*) FILTER (WHERE b.id IS NULL), count(b.id), coalesce(sum(up.replacement_value), 0)
                  FROM up LEFT JOIN import_before b ON b.id = up.id
                """)) {
            upsert.setString(1, who);
            upsert.setString(2, who);
            upsert.setString(3, who);
            upsert.setString(4, why);
            try (ResultSet result = upsert.executeQuery()) {
                result.next();
                inserted = result.getLong(1);
                updated = result.getLong(2);
                total = result.getBigDecimal(3);
            }
        }
        try (PreparedStatement log = connection.prepareStatement("""
                INSERT INTO asset_import (id, imported_by, file_name, format, reason, rows, inserted, updated,
                                          total_replacement_value)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            log.setObject(1, id);
            log.setString(2, who);
            log.setString(3, fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
            log.setString(4, format.name());
            log.setString(5, why);
            log.setInt(6, (int) rows);
            log.setInt(7, (int) inserted);
            log.setInt(8, (int) updated);
            log.setBigDecimal(9, total);
            log.executeUpdate();
        }
        return new ImportReport(id, format.name(), rows, inserted, updated, total, why);
    }
}
