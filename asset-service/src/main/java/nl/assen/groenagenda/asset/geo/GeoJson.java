package nl.assen.groenagenda.asset.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stored RD New geometry as a GeoJSON (RFC 7946) geometry in WGS84: [longitude, latitude] with seven
 * decimals (about a centimetre, finer than the conversion's metre).
 */
public final class GeoJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJson() {
    }

    public static Map<String, Object> point(double rdX, double rdY) {
        return Map.of("type", "Point", "coordinates", position(rdX, rdY));
    }

    /** {@code rings} as stored: [[[x, y], ...], ...] in RD metres, the exterior ring first. */
    public static Map<String, Object> polygon(String ringsRd) {
        try {
            JsonNode rings = JSON.readTree(ringsRd);
            List<List<List<BigDecimal>>> converted = new ArrayList<>();
            for (JsonNode ring : rings) {
                List<List<BigDecimal>> positions = new ArrayList<>();
                for (JsonNode position : ring) {
                    positions.add(position(position.get(0).asDouble(), position.get(1).asDouble()));
                }
                converted.add(positions);
            }
            return Map.of("type", "Polygon", "coordinates", converted);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("stored polygon is not valid JSON", corrupt);
        }
    }

    private static List<BigDecimal> position(double rdX, double rdY) {
        RdNew.Wgs84 wgs84 = RdNew.toWgs84(rdX, rdY);
        return List.of(degrees(wgs84.longitude()), degrees(wgs84.latitude()));
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP);
    }
}
