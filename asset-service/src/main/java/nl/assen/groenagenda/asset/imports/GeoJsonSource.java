package nl.assen.groenagenda.asset.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a GeoJSON FeatureCollection feature by feature with Jackson's streaming parser: only one
 * feature is a tree in memory at a time. Coordinates are WGS84 per RFC 7946, unless a legacy
 * {@code crs} member before the features names another CRS (EPSG:28992). Properties use the same
 * names as CSV columns; a feature's {@code id} is its externalId when the properties have none.
 */
final class GeoJsonSource {

    interface FeatureSink {
        void feature(long row, Map<String, String> fields, RowValidator.Geometry geometry) throws IOException;
    }

    private final ObjectMapper mapper;
    private final ImportErrors errors;

    GeoJsonSource(ObjectMapper mapper, ImportErrors errors) {
        this.mapper = mapper;
        this.errors = errors;
    }

    /**
     * Streams the features to the sink; {@code crs} receives the CRS named by a legacy member. Returns
     * the number of features.
     */
    long read(InputStream in, Crs[] crs, FeatureSink sink) throws IOException {
        long row = 0;
        boolean collection = false;
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                errors.add("body", "Verwacht een GeoJSON FeatureCollection.");
                return 0;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    collection = "FeatureCollection".equals(parser.getValueAsString());
                } else if ("crs".equals(name)) {
                    JsonNode member = parser.readValueAsTree();
                    String crsName = member == null ? null : member.path("properties").path("name").asText(null);
                    Crs named = Crs.parse(crsName);
                    if (named == null) {
                        errors.add("crs", "Onbekend coördinatenstelsel '" + crsName + "': EPSG:28992 of EPSG:4326.");
                    } else {
                        crs[0] = named;
                    }
                } else if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        row++;
                        JsonNode feature = parser.readValueAsTree();
                        Map<String, String> fields = properties(feature);
                        RowValidator.Geometry geometry = geometry(row, feature.path("geometry"));
                        sink.feature(row, fields, geometry);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException broken) {
            errors.add("body", "Geen geldige JSON: " + broken.getOriginalMessage()
                    + " (regel " + broken.getLocation().getLineNr() + ").");
        }
        if (!collection) {
            errors.add("type", "Verwacht \"type\": \"FeatureCollection\".");
        }
        return row;
    }

    private static Map<String, String> properties(JsonNode feature) {
        Map<String, String> fields = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> properties = feature.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String field = ImportColumns.field(property.getKey());
            if (field != null && !property.getValue().isNull() && property.getValue().isValueNode()) {
                fields.putIfAbsent(field, property.getValue().asText());
            }
        }
        JsonNode id = feature.get("id");
        if (!fields.containsKey(ImportColumns.EXTERNAL_ID) && id != null && id.isValueNode()) {
            fields.put(ImportColumns.EXTERNAL_ID, id.asText());
        }
        return fields;
    }

    /** The geometry, or null with an error. */
    private RowValidator.Geometry geometry(long row, JsonNode geometry) {
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        if ("Point".equals(type)) {
            double[] p = position(coordinates);
            if (p == null) {
                errors.row(row, "geometry", "Een Point heeft coördinaten [x, y].");
                return null;
            }
            return RowValidator.Geometry.point(p[0], p[1]);
        }
        if ("Polygon".equals(type)) {
            if (!coordinates.isArray() || coordinates.isEmpty()) {
                errors.row(row, "geometry", "Een Polygon heeft ringen van posities.");
                return null;
            }
            List<List<double[]>> rings = new ArrayList<>();
            for (JsonNode ring : coordinates) {
                List<double[]> positions = new ArrayList<>();
                for (JsonNode position : ring) {
                    double[] p = position(position);
                    if (p == null) {
                        errors.row(row, "geometry", "Een positie is geen [x, y].");
                        return null;
                    }
                    positions.add(p);
                }
                rings.add(positions);
            }
            return new RowValidator.Geometry(true, rings);
        }
        errors.row(row, "geometry", type.isEmpty() ? "Geometrie ontbreekt." : "Geometrietype " + type
                + " wordt niet ondersteund: Point of Polygon.");
        return null;
    }

    private static double[] position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            return null;
        }
        return new double[] {position.get(0).asDouble(), position.get(1).asDouble()};
    }
}
