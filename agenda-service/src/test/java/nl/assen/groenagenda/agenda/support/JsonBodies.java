package nl.assen.groenagenda.agenda.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Response bodies read as JSON trees. */
public final class JsonBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {
    }

    public static JsonNode read(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException unreadable) {
            throw new AssertionError("not JSON: " + unreadable.getMessage(), unreadable);
        }
    }
}
