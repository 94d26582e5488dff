package nl.assen.groenagenda.asset.query;

import java.util.List;
import nl.assen.groenagenda.asset.geo.RdNew;
import nl.assen.groenagenda.asset.geo.RdNewFromWgs84;

/**
 * A bounding box in WGS84 ({@code minLon,minLat,maxLon,maxLat}, as RFC 7946 orders it) and the RD New
 * rectangle that surely contains it. Lines of equal latitude and longitude are slightly curved and
 * rotated in RD, so the rectangle is the envelope of points along all four edges plus a margin; the
 * query then keeps only the assets whose own WGS84 position lies inside the box.
 */
record WgsBox(double minLon, double minLat, double maxLon, double maxLat) {

    /** The WGS84 area RD New covers (its bounds converted, rounded outwards). */
    static final double NL_MIN_LON = 2.9;
    static final double NL_MAX_LON = 7.6;
    static final double NL_MIN_LAT = 50.6;
    static final double NL_MAX_LAT = 53.8;

    private static final int STEPS = 32;
    private static final double MARGIN_METRES = 5;

    /** Parses the parameter; the reason when it is not valid goes to {@code invalid}. */
    static WgsBox parse(String name, String raw, List<nl.assen.groenagenda.platform.web.Problem.InvalidParam> invalid) {
        String[] parts = raw.split(",", -1);
        if (parts.length != 4) {
            invalid.add(AssetQueryParser.invalid(name,
                    "Moet vier getallen zijn: minLon,minLat,maxLon,maxLat (WGS84, graden)."));
            return null;
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException notANumber) {
                invalid.add(AssetQueryParser.invalid(name,
                        "Moet vier getallen zijn: minLon,minLat,maxLon,maxLat (WGS84, graden)."));
                return null;
            }
            if (!Double.isFinite(values[i])) {
                invalid.add(AssetQueryParser.invalid(name, "Moet vier eindige getallen zijn."));
                return null;
            }
        }
        WgsBox box = new WgsBox(values[0], values[1], values[2], values[3]);
        if (box.minLon < -180 || box.maxLon > 180 || box.minLat < -90 || box.maxLat > 90) {
            invalid.add(AssetQueryParser.invalid(name,
                    "Lengtegraden liggen tussen -180 en 180, breedtegraden tussen -90 en 90."));
            return null;
        }
        if (box.minLon >= box.maxLon || box.minLat >= box.maxLat) {
            invalid.add(AssetQueryParser.invalid(name,
                    "minLon moet kleiner zijn dan maxLon en minLat kleiner dan maxLat."));
            return null;
        }
        return box;
    }

    /** True when the box has no overlap with the area RD New covers: nothing of the register can be in it. */
    boolean outsideNetherlands() {
        return maxLon < NL_MIN_LON || minLon > NL_MAX_LON || maxLat < NL_MIN_LAT || minLat > NL_MAX_LAT;
    }

    /** The RD rectangle {minX, minY, maxX, maxY} that contains the box (clipped to the Netherlands). */
    double[] rdEnvelope() {
        double west = Math.max(minLon, NL_MIN_LON);
        double east = Math.min(maxLon, NL_MAX_LON);
        double south = Math.max(minLat, NL_MIN_LAT);
        double north = Math.min(maxLat, NL_MAX_LAT);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i <= STEPS; i++) {
            double lon = west + (east - west) * i / STEPS;
            double lat = south + (north - south) * i / STEPS;
            for (RdNewFromWgs84.Rd rd : List.of(RdNewFromWgs84.toRd(south, lon), RdNewFromWgs84.toRd(north, lon),
                    RdNewFromWgs84.toRd(lat, west), RdNewFromWgs84.toRd(lat, east))) {
                minX = Math.min(minX, rd.x());
                minY = Math.min(minY, rd.y());
                maxX = Math.max(maxX, rd.x());
                maxY = Math.max(maxY, rd.y());
            }
        }
        return new double[] {
                Math.max(RdNew.MIN_X, minX - MARGIN_METRES), Math.max(RdNew.MIN_Y, minY - MARGIN_METRES),
                Math.min(RdNew.MAX_X, maxX + MARGIN_METRES), Math.min(RdNew.MAX_Y, maxY + MARGIN_METRES)};
    }
}
