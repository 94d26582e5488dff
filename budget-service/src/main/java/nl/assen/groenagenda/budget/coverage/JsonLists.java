package nl.assen.groenagenda.budget.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.assen.groenagenda.platform.web.JsonInput;

/**
 * Reads an array of objects from a request body as one {@link JsonInput} per element, so that each
 * element's fields are checked like top-level ones. Problems of an element are reported on the outer
 * input as {@code field[i].name}. (A candidate for {@link JsonInput} itself.)
 */
public final class JsonLists {

    private JsonLists() {
    }

    /** One checked element of the list, with the name to report its problems under. */
    public record Element(int index, JsonInput fields, String prefix, JsonNode node) {

        /** Copies this element's problems onto {@code outer}, under {@code list[i].field}. */
        /** A true/false field of this element; anything else is reported on {@code outer}. */
        public Boolean bool(String name, boolean required, JsonInput outer) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                if (required) {
                    outer.invalid(prefix + name, "Is verplicht.");
                }
                return null;
            }
            if (!value.isBoolean()) {
                outer.invalid(prefix + name, "Moet true of false zijn.");
                return null;
            }
            return value.booleanValue();
        }

        public void report(JsonInput outer) {
            fields.problems().forEach(problem -> outer.invalid(prefix + problem.name(), problem.reason()));
        }
    }

    /**
     * The elements of array {@code field} of the (already validated as an object) {@code body}. A missing
     * array is a problem when required; a value that is not an array, or an empty one, always is.
     */
    public static List<Element> elements(ObjectMapper mapper, String body, String field, boolean required,
                                         JsonInput outer) {
        List<Element> elements = new ArrayList<>();
        JsonNode list;
        try {
            list = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body).get(field);
        } catch (JsonProcessingException notJson) {
            return elements; // JsonInput.parse has refused this body already
        }
        if (list == null || list.isNull()) {
            if (required) {
                outer.invalid(field, "Is verplicht.");
            }
            return elements;
        }
        if (!list.isArray() || list.isEmpty()) {
            outer.invalid(field, "Moet een niet-lege lijst zijn.");
            return elements;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            if (!element.isObject()) {
                outer.invalid(field + "[" + i + "]", "Moet een object zijn.");
                continue;
            }
            elements.add(new Element(i, JsonInput.parse(mapper, element.toString()), field + "[" + i + "].",
                    element));
        }
        return elements;
    }
}
