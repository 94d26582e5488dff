package nl.assen.groenagenda.asset.query;

import nl.assen.groenagenda.asset.geo.RdNew;

/**
 * The RD New to WGS84 approximation of {@link nl.assen.groenagenda.asset.geo.RdNew#toWgs84} as SQL
 * expressions over the stored rd_x/rd_y columns, so that a WGS84 bounding box selects exactly the assets
 * the API would show inside it. Built from constants only (no request value ever enters the text);
 * AssetQueryTest checks it against the Java conversion on the database.
 */
final class RdSql {

    private static final String DX = "((a.rd_x::float8 - " + RdNew.X0 + ") * 0.00001)";
    private static final String DY = "((a.rd_y::float8 - " + RdNew.Y0 + ") * 0.00001)";

    static final String LATITUDE = "(" + RdNew.PHI0 + " + " + sum(RdNew.latitudeTerms()) + " / 3600.0)";
    static final String LONGITUDE = "(" + RdNew.LAM0 + " + " + sum(RdNew.longitudeTerms()) + " / 3600.0)";

    private RdSql() {
    }

    private static String sum(double[][] coefficients) {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < coefficients.length; i++) {
            double[] term = coefficients[i];
            if (i > 0) {
                sql.append(" + ");
            }
            sql.append('(').append(java.math.BigDecimal.valueOf(term[2]).toPlainString()).append(')');
            appendPower(sql, DX, (int) term[0]);
            appendPower(sql, DY, (int) term[1]);
        }
        return sql.append(')').toString();
    }

    private static void appendPower(StringBuilder sql, String base, int exponent) {
        for (int i = 0; i < exponent; i++) {
            sql.append(" * ").append(base);
        }
    }
}
