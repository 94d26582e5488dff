package nl.assen.groenagenda.agenda.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a value is a GeoJSON geometry (RFC 7946) in WGS84 that lies in or near the Netherlands.
 * The bounds catch the most common mistake with maps: coordinates in RD New, or longitude and latitude
 * swapped. Only the geometry types an agenda item's location needs are accepted.
 */
public final class GeoJsonGeometry {

    // The Netherlands with a margin, in WGS84: RD New's area of use.
    private static final double MIN_LON = 3.2;
    private static final double MAX_LON = 7.3;
    private static final double MIN_LAT = 50.7;
    private static final double MAX_LAT = 53.7;
    private static final int MAX_POSITIONS = 10_000;

    private GeoJsonGeometry() {
    }

    /** The reason the value is not an acceptable geometry, or empty when it is. */
    public static Optional<String> problem(JsonNode geometry) {
        if (geometry == null || !geometry.isObject() || !geometry.path("type").isTextual()) {
            return Optional.of("Moet een GeoJSON-geometrie zijn (een object met type en coordinates).");
        }
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            return Optional.of("Een GeoJSON-geometrie heeft coordinates.");
        }
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        switch (geometry.get("type").textValue()) {
            case "Point" -> position(coordinates, problems, count);
            case "MultiPoint", "LineString" -> positions(coordinates, geometry.get("type").textValue().equals("LineString") ? 2 : 1,
                    problems, count);
            case "Polygon" -> polygon(coordinates, problems, count);
            case "MultiPolygon" -> {
                if (coordinates.isEmpty()) {
                    problems.add("Een MultiPolygon heeft minstens een polygoon.");
                }
                coordinates.forEach(polygon -> polygon(polygon, problems, count));
            }
            default -> problems.add("Type moet Point, MultiPoint, LineString, Polygon of MultiPolygon zijn.");
        }
        if (count[0] > MAX_POSITIONS) {
            problems.add("Heeft meer dan " + MAX_POSITIONS + " punten.");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
    }

    private static void polygon(JsonNode rings, List<String> problems, int[] count) {
        if (!rings.isArray() || rings.isEmpty()) {
            problems.add("Een polygoon bestaat uit minstens een ring.");
            return;
        }
        for (JsonNode ring : rings) {
            if (!positions(ring, 4, problems, count)) {
                continue;
            }
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                problems.add("Een ring van een polygoon moet gesloten zijn (eerste punt = laatste punt).");
            }
        }
    }

    private static boolean positions(JsonNode list, int minimum, List<String> problems, int[] count) {
        if (!list.isArray() || list.size() < minimum) {
            problems.add("Verwacht een lijst van minstens " + minimum + " posities.");
            return false;
        }
        int before = problems.size();
        list.forEach(position -> position(position, problems, count));
        return problems.size() == before;
    }

    private static void position(JsonNode position, List<String> problems, int[] count) {
        count[0]++;
        if (!position.isArray() || position.size() < 2 || position.size() > 3
                || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            problems.add("Een positie is [lengtegraad, breedtegraad] in WGS84.");
            return;
        }
        double lon = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        if (lon < MIN_LON || lon > MAX_LON || lat < MIN_LAT || lat > MAX_LAT) {
            problems.add("Positie [" + lon + ", " + lat + "] ligt niet in Nederland; verwacht WGS84 [lengtegraad, breedtegraad].");
        }
    }
}
