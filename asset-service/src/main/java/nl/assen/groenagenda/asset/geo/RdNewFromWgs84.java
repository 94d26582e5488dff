package nl.assen.groenagenda.asset.geo;

/**
 * WGS84 (EPSG:4326) to RD New (EPSG:28992): the inverse of {@link RdNew#toWgs84}, with the published
 * approximation polynomials of Schreutelaar and Strang van Hees. Like the forward direction accurate to
 * about a metre inside the Netherlands; used to turn a map's bounding box into an RD rectangle that the
 * rd_x/rd_y index can answer.
 */
public final class RdNewFromWgs84 {

    // Coefficients {p, q, value}: the term value * dPhi^p * dLambda^q, in metres, where dPhi and dLambda
    // are the differences to Amersfoort in units of 10,000 arc seconds (0.36 x degrees).
    private static final double[][] R = {
            {0, 1, 190094.945}, {1, 1, -11832.228}, {2, 1, -114.221}, {0, 3, -32.391},
            {1, 0, -0.705}, {3, 1, -2.340}, {1, 3, -0.608}, {0, 2, -0.008}, {2, 3, 0.148}};
    private static final double[][] S = {
            {1, 0, 309056.544}, {0, 2, 3638.893}, {2, 0, 73.077}, {1, 2, -157.984},
            {3, 0, 59.788}, {0, 1, 0.433}, {2, 2, -6.439}, {1, 1, -0.032}, {0, 4, 0.092},
            {1, 4, -0.054}};

    private RdNewFromWgs84() {
    }

    /** A position in RD New metres. */
    public record Rd(double x, double y) {
    }

    public static Rd toRd(double latitude, double longitude) {
        double dPhi = 0.36 * (latitude - RdNew.PHI0);
        double dLam = 0.36 * (longitude - RdNew.LAM0);
        return new Rd(RdNew.X0 + sum(R, dPhi, dLam), RdNew.Y0 + sum(S, dPhi, dLam));
    }

    private static double sum(double[][] coefficients, double dPhi, double dLam) {
        double total = 0;
        for (double[] term : coefficients) {
            total += term[2] * Math.pow(dPhi, term[0]) * Math.pow(dLam, term[1]);
        }
        return total;
    }
}
