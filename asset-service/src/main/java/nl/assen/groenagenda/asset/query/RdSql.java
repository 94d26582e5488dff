package nl.assen.groenagenda.asset.query;

/**
 * The RD New to WGS84 approximation of {@link nl.assen.groenagenda.asset.geo.RdNew#toWgs84} as SQL
 * expressions over the stored rd_x/rd_y columns, so that a WGS84 bounding box selects exactly the assets
 * the API would show inside it. Built from constants only (no request value ever enters the text);
 * RdSqlTest checks it against the Java conversion on the database.
 */
final class RdSql {

    private static final String DX = "((a.rd_x::float8 - 155000.0) * 0.00001)";
    private static final String DY = "((a.rd_y::float8 - 463000.0) * 0.00001)";

    // The same coefficients as RdNew: {p, q, value}, value * dX^p * dY^q in arc seconds.
    private static final double[][] K = {
            {0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750}, {2, 1, -0.84978},
            {0, 3, -0.06550}, {2, 2, -0.01709}, {1, 0, -0.00738}, {4, 0, 0.00530},
            {2, 3, -0.00039}, {4, 1, 0.00033}, {1, 1, -0.00012}};
    private static final double[][] L = {
            {1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656}, {3, 0, -0.81885},
            {1, 3, 0.05594}, {3, 1, -0.05607}, {0, 1, 0.01199}, {3, 2, -0.00256},
            {1, 4, 0.00128}, {0, 2, 0.00022}, {2, 0, -0.00022}, {5, 0, 0.00026}};

    static final String LATITUDE = "(52.15517440 + " + sum(K) + " / 3600.0)";
    static final String LONGITUDE = "(5.38720621 + " + sum(L) + " / 3600.0)";

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
