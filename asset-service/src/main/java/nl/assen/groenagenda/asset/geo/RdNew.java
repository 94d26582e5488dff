package nl.assen.groenagenda.asset.geo;

/**
 * RD New (EPSG:28992) to WGS84 (EPSG:4326) with the published approximation polynomials of
 * Schreutelaar and Strang van Hees ("Benaderingsformules voor de transformatie tussen RD- en
 * WGS84-kaartcoördinaten"): accurate to about a metre inside the Netherlands, which is enough to show
 * green on a map. Pure: no library, no state. Exact conversion (RDNAPTRANS) is for surveyors, not for us.
 */
public final class RdNew {

    /** The RD origin, Amersfoort's Onze Lieve Vrouwetoren, in RD metres and in WGS84 degrees. */
    public static final double X0 = 155000;
    public static final double Y0 = 463000;
    public static final double PHI0 = 52.15517440;
    public static final double LAM0 = 5.38720621;

    // Coefficients {p, q, value}: the term value * dX^p * dY^q, in arc seconds; K for the latitude,
    // L for the longitude. Shared with the SQL form of this conversion, which must agree to the metre.
    private static final double[][] K = {
            {0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750}, {2, 1, -0.84978},
            {0, 3, -0.06550}, {2, 2, -0.01709}, {1, 0, -0.00738}, {4, 0, 0.00530},
            {2, 3, -0.00039}, {4, 1, 0.00033}, {1, 1, -0.00012}};
    private static final double[][] L = {
            {1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656}, {3, 0, -0.81885},
            {1, 3, 0.05594}, {3, 1, -0.05607}, {0, 1, 0.01199}, {3, 2, -0.00256},
            {1, 4, 0.00128}, {0, 2, 0.00022}, {2, 0, -0.00022}, {5, 0, 0.00026}};

    /** The RD New bounds (EPSG:28992's area of use, rounded outwards). */
    public static final double MIN_X = -7000;
    public static final double MAX_X = 300000;
    public static final double MIN_Y = 289000;
    public static final double MAX_Y = 629000;

    private RdNew() {
    }

    /** The latitude terms (copies: callers cannot change the conversion). */
    public static double[][] latitudeTerms() {
        return copy(K);
    }

    /** The longitude terms (copies: callers cannot change the conversion). */
    public static double[][] longitudeTerms() {
        return copy(L);
    }

    private static double[][] copy(double[][] terms) {
        double[][] copy = new double[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            copy[i] = terms[i].clone();
        }
        return copy;
    }

    /** A WGS84 position in degrees. GeoJSON writes it as [longitude, latitude]. */
    public record Wgs84(double latitude, double longitude) {
    }

    public static Wgs84 toWgs84(double x, double y) {
        double dX = (x - X0) * 1e-5;
        double dY = (y - Y0) * 1e-5;
        return new Wgs84(PHI0 + sum(K, dX, dY) / 3600, LAM0 + sum(L, dX, dY) / 3600);
    }

    private static double sum(double[][] coefficients, double dX, double dY) {
        double total = 0;
        for (double[] term : coefficients) {
            total += term[2] * Math.pow(dX, term[0]) * Math.pow(dY, term[1]);
        }
        return total;
    }
}
