package nl.assen.groenagenda.asset.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The types, subtypes and cost norms an import is checked against, read inside the import's
 * transaction with the norms locked FOR SHARE, so a norm change waits until the import is done and
 * every imported value is computed from the norms that are in force when it commits.
 */
final class Catalogue {

    record Subtype(String code, String type, BigDecimal unitCost, int lifespanYears) {
    }

    /** Type code by its normalised code, Dutch name or IMBOR name. */
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, Subtype> subtypes = new HashMap<>();
    /** The first subtype of each type (sort order): the one an import without a subtype gets. */
    private final Map<String, Subtype> defaults = new HashMap<>();

    static Catalogue load(Connection connection) throws SQLException {
        Catalogue catalogue = new Catalogue();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT code, name, imbor_type FROM asset_type")) {
                while (rows.next()) {
                    for (int i = 1; i <= 3; i++) {
                        catalogue.types.putIfAbsent(ImportColumns.normalise(rows.getString(i)), rows.getString(1));
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    SELECT s.code, s.type_code, n.unit_cost, n.lifespan_years
                      FROM asset_subtype s JOIN cost_norm n ON n.subtype_code = s.code
                     ORDER BY s.type_code, s.sort_order
                       FOR SHARE OF n
                    """)) {
                while (rows.next()) {
                    Subtype subtype = new Subtype(rows.getString(1), rows.getString(2), rows.getBigDecimal(3), rows.getInt(4));
                    catalogue.subtypes.put(ImportColumns.normalise(subtype.code()), subtype);
                    catalogue.defaults.putIfAbsent(subtype.type(), subtype);
                }
            }
        }
        return catalogue;
    }

    String type(String value) {
        return types.get(ImportColumns.normalise(value));
    }

    Subtype subtype(String value) {
        return subtypes.get(ImportColumns.normalise(value));
    }

    Subtype defaultSubtype(String type) {
        return defaults.get(type);
    }
}
