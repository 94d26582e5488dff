package nl.assen.groenagenda.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Reads a JSON request body field by field and collects every problem, so that a caller learns all
 * of them at once (a typed record would stop at the first value that is not a number). Numbers are
 * read as {@link BigDecimal}, never through a double.
 */
public final class JsonInput {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final JsonNode body;
    private final List<Problem.InvalidParam> invalid;
    private final String prefix;

    private JsonInput(JsonNode body) {
        this(body, new ArrayList<>(), "");
    }

    private JsonInput(JsonNode body, List<Problem.InvalidParam> invalid, String prefix) {
        this.body = body;
        this.invalid = invalid;
        this.prefix = prefix;
    }

    /**
     * An object inside this body (e.g. {@code costs[2]}), read the same way; its problems are named with
     * that prefix ({@code costs[2].amount}) and reported together with this body's.
     */
    public JsonInput nested(String name, JsonNode object) {
        return new JsonInput(object, invalid, prefix + name + ".");
    }

    /** The raw value of a field, or null when it is absent or JSON null: for shapes the typed readers do not cover. */
    public JsonNode raw(String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** The names of the body's fields, in order. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    public static JsonInput parse(ObjectMapper mapper, String json) {
        JsonNode node;
        try {
            node = json == null || json.isBlank() ? null
                    : mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
        } catch (JsonProcessingException notJson) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer",
                    "De body moet een JSON-object zijn."));
        }
        return new JsonInput(node);
    }

    /** An empty object, for endpoints whose body is optional. */
    public static JsonInput parseOptional(ObjectMapper mapper, String json) {
        return json == null || json.isBlank() ? new JsonInput(mapper.createObjectNode()) : parse(mapper, json);
    }

    public void invalid(String name, String reason) {
        invalid.add(new Problem.InvalidParam(prefix + name, reason));
    }

    public boolean isValid() {
        return invalid.isEmpty();
    }

    public List<Problem.InvalidParam> problems() {
        return List.copyOf(invalid);
    }

    /** Throws 400 with every collected problem, if there are any. */
    public void check() {
        if (!invalid.isEmpty()) {
            throw invalidInput(invalid);
        }
    }

    public static ProblemException invalidInput(List<Problem.InvalidParam> params) {
        return new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer",
                "Een of meer velden zijn niet geldig.").withInvalidParams(params));
    }

    private JsonNode field(String name, boolean required) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                invalid(name, "Is verplicht.");
            }
            return null;
        }
        return value;
    }

    /** A money amount in euros: a number with at most two decimals, above zero (or zero if allowed). */
    public BigDecimal amount(String name, boolean required, boolean zeroAllowed) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            invalid(name, "Moet een bedrag in euro's zijn (een getal).");
            return null;
        }
        BigDecimal amount = value.decimalValue();
        if (amount.stripTrailingZeros().scale() > 2) {
            invalid(name, "Mag hoogstens twee decimalen hebben.");
            return null;
        }
        if (zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0) {
            invalid(name, zeroAllowed ? "Mag niet negatief zijn." : "Moet groter dan nul zijn.");
            return null;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            invalid(name, "Mag hoogstens " + MAX_AMOUNT.toPlainString() + " zijn.");
            return null;
        }
        return amount.setScale(2);
    }

    public Boolean bool(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            invalid(name, "Moet true of false zijn.");
            return null;
        }
        return value.booleanValue();
    }

    /** A calendar date in ISO 8601 (yyyy-MM-dd). */
    public LocalDate date(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeParseException notADate) {
                // reported below
            }
        }
        invalid(name, "Moet een datum zijn (JJJJ-MM-DD).");
        return null;
    }

    public Integer integer(String name, boolean required, int min, int max) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            invalid(name, "Moet een geheel getal van " + min + " tot en met " + max + " zijn.");
            return null;
        }
        return value.intValue();
    }

    public BigDecimal decimal(String name, boolean required, BigDecimal min, BigDecimal max, String reason) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().compareTo(min) < 0 || value.decimalValue().compareTo(max) > 0) {
            invalid(name, reason);
            return null;
        }
        return value.decimalValue();
    }

    public <E extends Enum<E>> E choice(String name, boolean required, Class<E> type) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        invalid(name, "Moet een van " + String.join(", ", names) + " zijn.");
        return null;
    }

    /** Text, trimmed; an identifier given as a JSON number is accepted as its decimal text. */
    public String text(String name, boolean required, int maxLength, boolean numberAllowed) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        String text = value.isTextual() ? value.textValue().trim()
                : numberAllowed && value.isIntegralNumber() ? value.bigIntegerValue().toString() : null;
        if (text == null) {
            invalid(name, "Moet tekst zijn.");
            return null;
        }
        if (text.isEmpty() && required) {
            invalid(name, "Is verplicht.");
            return null;
        }
        if (text.length() > maxLength) {
            invalid(name, "Mag hoogstens " + maxLength + " tekens lang zijn.");
            return null;
        }
        return text.isEmpty() ? null : text;
    }
}
