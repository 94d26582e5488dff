package nl.assen.groenagenda.asset.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.assen.groenagenda.asset.geo.RdNew;
import nl.assen.groenagenda.asset.geo.RdNewFromWgs84;
import nl.assen.groenagenda.platform.web.Problem;

/**
 * A GeoJSON Point or Polygon in WGS84 (RFC 7946: [longitude, latitude]) from an edit, checked and turned
 * into what the register stores: RD New metres to the centimetre, the point (or the polygon's centroid) in
 * rd_x/rd_y and a polygon's rings in geometry_rd.
 */
final class GeometryInput {

    // The Netherlands with a margin, in degrees; RD New's own valid area is checked after conversion.
    static final double MIN_LON = 3.2;
    static final double MAX_LON = 7.3;
    static final double MIN_LAT = 50.7;
    static final double MAX_LAT = 53.7;

    record Parsed(String kind, BigDecimal rdX, BigDecimal rdY, String ringsRd) {
    }

    private GeometryInput() {
    }

    /** The parsed geometry, or null after adding every problem to {@code invalid}. */
    static Parsed parse(JsonNode geometry, List<Problem.InvalidParam> invalid) {
        if (geometry == null || !geometry.isObject()) {
            invalid.add(new Problem.InvalidParam("geometry", "Verwacht een GeoJSON-geometrie (Point of Polygon) in WGS84."));
            return null;
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.get("coordinates");
        if ("Point".equals(type)) {
            double[] rd = position(coordinates, "geometry.coordinates", invalid);
            return rd == null ? null : new Parsed("POINT", metres(rd[0]), metres(rd[1]), null);
        }
        if (!"Polygon".equals(type)) {
            invalid.add(new Problem.InvalidParam("geometry.type", "Moet Point of Polygon zijn."));
            return null;
        }
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            invalid.add(new Problem.InvalidParam("geometry.coordinates", "Verwacht ten minste één ring."));
            return null;
        }
        int before = invalid.size();
        List<List<double[]>> rings = new ArrayList<>();
        for (int r = 0; r < coordinates.size(); r++) {
            JsonNode ring = coordinates.get(r);
            String name = "geometry.coordinates[" + r + "]";
            if (!ring.isArray() || ring.size() < 4) {
                invalid.add(new Problem.InvalidParam(name, "Een ring heeft ten minste vier posities."));
                continue;
            }
            List<double[]> positions = new ArrayList<>();
            for (int p = 0; p < ring.size(); p++) {
                double[] rd = position(ring.get(p), name + "[" + p + "]", invalid);
                if (rd != null) {
                    positions.add(new double[] {metres(rd[0]).doubleValue(), metres(rd[1]).doubleValue()});
                }
            }
            if (positions.size() == ring.size()) {
                double[] first = positions.get(0);
                double[] last = positions.get(positions.size() - 1);
                if (first[0] != last[0] || first[1] != last[1]) {
                    invalid.add(new Problem.InvalidParam(name, "De ring is niet gesloten: de laatste positie moet gelijk zijn aan de eerste."));
                } else if (selfIntersects(positions)) {
                    invalid.add(new Problem.InvalidParam(name, "De ring snijdt zichzelf."));
                }
            }
            rings.add(positions);
        }
        if (invalid.size() > before) {
            return null;
        }
        double[] centroid = centroid(rings.get(0));
        if (centroid == null) {
            invalid.add(new Problem.InvalidParam("geometry.coordinates[0]", "De ring heeft geen oppervlakte."));
            return null;
        }
        StringBuilder json = new StringBuilder("[");
        for (int r = 0; r < rings.size(); r++) {
            json.append(r == 0 ? "[" : ",[");
            List<double[]> ring = rings.get(r);
            for (int p = 0; p < ring.size(); p++) {
                json.append(p == 0 ? "[" : ",[").append(metres(ring.get(p)[0]).toPlainString()).append(',')
                        .append(metres(ring.get(p)[1]).toPlainString()).append(']');
            }
            json.append(']');
        }
        json.append(']');
        return new Parsed("POLYGON", metres(centroid[0]), metres(centroid[1]), json.toString());
    }

    /** [longitude, latitude] inside the Netherlands as RD New {x, y}, or null after naming the problem. */
    private static double[] position(JsonNode position, String name, List<Problem.InvalidParam> invalid) {
        if (position == null || !position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            invalid.add(new Problem.InvalidParam(name, "Verwacht [lengtegraad, breedtegraad] in WGS84."));
            return null;
        }
        double longitude = position.get(0).doubleValue();
        double latitude = position.get(1).doubleValue();
        if (longitude < MIN_LON || longitude > MAX_LON || latitude < MIN_LAT || latitude > MAX_LAT) {
            invalid.add(new Problem.InvalidParam(name, "Ligt buiten Nederland (verwacht [lengtegraad, breedtegraad] in WGS84)."));
            return null;
        }
        RdNewFromWgs84.Rd rd = RdNewFromWgs84.toRd(latitude, longitude);
        if (rd.x() < RdNew.MIN_X || rd.x() > RdNew.MAX_X || rd.y() < RdNew.MIN_Y || rd.y() > RdNew.MAX_Y) {
            invalid.add(new Problem.InvalidParam(name, "Ligt buiten Nederland (buiten het gebied van RD New)."));
            return null;
        }
        return new double[] {rd.x(), rd.y()};
    }

    private static BigDecimal metres(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** The area-weighted centroid of a closed ring, or null when it encloses no area. */
    private static double[] centroid(List<double[]> ring) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        double[] origin = ring.get(0);
        for (int i = 0; i < ring.size() - 1; i++) {
            double x0 = ring.get(i)[0] - origin[0];
            double y0 = ring.get(i)[1] - origin[1];
            double x1 = ring.get(i + 1)[0] - origin[0];
            double y1 = ring.get(i + 1)[1] - origin[1];
            double cross = x0 * y1 - x1 * y0;
            area += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        if (Math.abs(area) < 1e-6) {
            return null;
        }
        return new double[] {origin[0] + cx / (3 * area), origin[1] + cy / (3 * area)};
    }

    /** Whether two edges of a closed ring that are not neighbours touch or cross. */
    static boolean selfIntersects(List<double[]> ring) {
        int edges = ring.size() - 1;
        for (int i = 0; i < edges; i++) {
            for (int j = i + 1; j < edges; j++) {
                boolean neighbours = j == i + 1 || (i == 0 && j == edges - 1);
                if (!neighbours && intersect(ring.get(i), ring.get(i + 1), ring.get(j), ring.get(j + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean intersect(double[] a, double[] b, double[] c, double[] d) {
        double d1 = orientation(c, d, a);
        double d2 = orientation(c, d, b);
        double d3 = orientation(a, b, c);
        double d4 = orientation(a, b, d);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return (d1 == 0 && onSegment(c, d, a)) || (d2 == 0 && onSegment(c, d, b))
                || (d3 == 0 && onSegment(a, b, c)) || (d4 == 0 && onSegment(a, b, d));
    }

    private static double orientation(double[] p, double[] q, double[] r) {
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
    }

    private static boolean onSegment(double[] p, double[] q, double[] r) {
        return Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0])
                && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
    }
}
