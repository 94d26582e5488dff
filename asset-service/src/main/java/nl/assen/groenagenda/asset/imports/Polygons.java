package nl.assen.groenagenda.asset.imports;

import java.util.List;

/**
 * Plane geometry for imported polygons in RD metres, without a geometry library: whether a ring is
 * simple (no two non-adjacent edges touch or cross), its area and the centroid of a polygon. Rings are
 * closed lists of [x, y]: the first position equals the last.
 */
final class Polygons {

    private Polygons() {
    }

    /** True when two edges of the closed ring that are not neighbours intersect or touch. */
    static boolean selfIntersects(List<double[]> ring) {
        int edges = ring.size() - 1;
        for (int i = 0; i < edges; i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(i + 1);
            for (int j = i + 1; j < edges; j++) {
                boolean adjacent = j == i + 1 || (i == 0 && j == edges - 1);
                double[] c = ring.get(j);
                double[] d = ring.get(j + 1);
                if (adjacent) {
                    // Neighbours share one vertex; they only overlap when they run back along each other.
                    if (collinearOverlap(a, b, c, d)) {
                        return true;
                    }
                } else if (segmentsIntersect(a, b, c, d)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean segmentsIntersect(double[] p1, double[] p2, double[] p3, double[] p4) {
        double d1 = cross(p3, p4, p1);
        double d2 = cross(p3, p4, p2);
        double d3 = cross(p1, p2, p3);
        double d4 = cross(p1, p2, p4);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return (d1 == 0 && onSegment(p3, p4, p1)) || (d2 == 0 && onSegment(p3, p4, p2))
                || (d3 == 0 && onSegment(p1, p2, p3)) || (d4 == 0 && onSegment(p1, p2, p4));
    }

    private static boolean collinearOverlap(double[] a, double[] b, double[] c, double[] d) {
        if (cross(a, b, c) != 0 || cross(a, b, d) != 0) {
            return false;
        }
        // Collinear neighbours: overlapping means the far end of one lies strictly inside the other.
        return strictlyInside(a, b, c) && !same(c, a) && !same(c, b)
                || strictlyInside(a, b, d) && !same(d, a) && !same(d, b)
                || strictlyInside(c, d, a) && !same(a, c) && !same(a, d)
                || strictlyInside(c, d, b) && !same(b, c) && !same(b, d);
    }

    private static boolean strictlyInside(double[] p, double[] q, double[] r) {
        return onSegment(p, q, r);
    }

    private static boolean same(double[] p, double[] q) {
        return p[0] == q[0] && p[1] == q[1];
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    private static boolean onSegment(double[] p, double[] q, double[] r) {
        return Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0])
                && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
    }

    /** The signed area (shoelace); positive when counter-clockwise. */
    static double signedArea(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            double[] p = ring.get(i);
            double[] q = ring.get(i + 1);
            sum += p[0] * q[1] - q[0] * p[1];
        }
        return sum / 2;
    }

    /** The area of a polygon: the exterior ring minus its holes, in square metres. */
    static double area(List<List<double[]>> rings) {
        double area = Math.abs(signedArea(rings.get(0)));
        for (int i = 1; i < rings.size(); i++) {
            area -= Math.abs(signedArea(rings.get(i)));
        }
        return area;
    }

    /** The centroid of the exterior ring (area-weighted). */
    static double[] centroid(List<double[]> ring) {
        double a = signedArea(ring);
        double cx = 0;
        double cy = 0;
        // Relative to the first vertex, so that RD's large coordinates do not eat the precision.
        double ox = ring.get(0)[0];
        double oy = ring.get(0)[1];
        for (int i = 0; i < ring.size() - 1; i++) {
            double x0 = ring.get(i)[0] - ox;
            double y0 = ring.get(i)[1] - oy;
            double x1 = ring.get(i + 1)[0] - ox;
            double y1 = ring.get(i + 1)[1] - oy;
            double f = x0 * y1 - x1 * y0;
            cx += (x0 + x1) * f;
            cy += (y0 + y1) * f;
        }
        return new double[] {ox + cx / (6 * a), oy + cy / (6 * a)};
    }
}
