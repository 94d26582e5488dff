package nl.assen.groenagenda.asset.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The body of {@code POST /assets} (a new asset) and {@code PATCH /assets/{id}} (a JSON merge patch:
 * present fields change, null clears an optional field), checked against the register's reference data.
 * Read from the raw JSON so that every invalid field is named at once, wrong types and unknown fields too.
 */
final class AssetInput {

    static final Set<String> CONDITIONS = Set.of("A+", "A", "B", "C", "D");
    static final Set<String> SAFETY_CLASSES = Set.of("SAFE", "ATTENTION", "RISK");
    static final Set<String> PROTECTION = Set.of("MONUMENTAL", "VALUABLE");
    static final Set<String> NEW_STATUSES = Set.of("PLANNED", "PRESENT");
    static final Set<String> STATUSES = Set.of("PLANNED", "PRESENT", "REMOVED");
    static final BigDecimal MAX_QUANTITY = new BigDecimal("9999999999.99");
    static final int MAX_REASON = 1000;
    static final int FIRST_PLANTING_YEAR = 1800;

    private static final Set<String> EDITABLE = Set.of("externalId", "type", "subtype", "species", "quantity",
            "geometry", "district", "neighbourhoodCode", "plantingYear", "expectedLifespan", "condition",
            "inspectionDate", "safetyClass", "protectionStatus", "climateFunctions", "status", "reason", "version");
    private static final Set<String> DERIVED = Set.of("id", "unit", "replacementValue", "replacementDueYear",
            "synthetic", "createdAt", "createdBy", "updatedAt", "updatedBy", "history");

    /** The edited state, its reason, and whether the value must be recomputed (new asset, quantity or subtype changed). */
    record Applied(AssetFields fields, String reason, boolean quantityOrSubtypeChanged) {
    }

    private final List<Problem.InvalidParam> invalid = new ArrayList<>();
    private final JsonNode body;
    private final Catalogue catalogue;
    private final LocalDate today;

    private AssetInput(JsonNode body, Catalogue catalogue, LocalDate today) {
        this.body = body;
        this.catalogue = catalogue;
        this.today = today;
    }

    /** A new asset: subtype, quantity, geometry, district, status and reason are required. */
    static Applied create(JsonNode body, Catalogue catalogue, LocalDate today) {
        requireObject(body);
        AssetInput input = new AssetInput(body, catalogue, today);
        for (String required : List.of("subtype", "quantity", "geometry", "district", "status")) {
            if (body.get(required) == null || body.get(required).isNull()) {
                input.add(required, "Verplicht.");
            }
        }
        if (body.has("version")) {
            input.add("version", "Alleen bij een wijziging.");
        }
        return input.apply(new AssetFields(), true);
    }

    /** A change of {@code current}; only the fields present change. */
    static Applied patch(JsonNode body, AssetFields current, Catalogue catalogue, LocalDate today) {
        requireObject(body);
        return new AssetInput(body, catalogue, today).apply(current.copy(), false);
    }

    private Applied apply(AssetFields edited, boolean creating) {
        String oldSubtype = edited.subtype;
        BigDecimal oldQuantity = edited.quantity;
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (DERIVED.contains(name)) {
                add(name, "Kan niet worden gewijzigd: het register bepaalt dit veld.");
            } else if (!EDITABLE.contains(name)) {
                add(name, "Onbekend veld.");
            }
        }
        if (body.has("externalId")) {
            edited.externalId = text("externalId", 80, true);
        }
        String type = null;
        if (body.has("type")) {
            type = text("type", 40, false);
            if (type != null && !catalogue.types().contains(type)) {
                add("type", "Onbekend type.");
                type = null;
            } else if (type != null && !creating && !type.equals(edited.type)) {
                add("type", "Het type van een bestaand object verandert niet; registreer een nieuw object.");
                type = null;
            }
        }
        if (body.has("subtype")) {
            String code = text("subtype", 40, false);
            Catalogue.Subtype subtype = code == null ? null : catalogue.subtypes().get(code);
            if (code != null && subtype == null) {
                add("subtype", "Onbekend subtype.");
            } else if (subtype != null) {
                String expectedType = creating ? type : edited.type;
                if (expectedType != null && !expectedType.equals(subtype.type())) {
                    add("subtype", "Hoort niet bij type " + expectedType + ".");
                } else {
                    edited.subtype = subtype.code();
                    edited.type = subtype.type();
                }
            }
        }
        if (body.has("species")) {
            JsonNode species = body.get("species");
            if (species.isNull()) {
                edited.speciesScientific = null;
                edited.speciesDutch = null;
            } else if (!species.isObject()) {
                add("species", "Verwacht een object met scientificName en dutchName.");
            } else {
                edited.speciesScientific = nestedText(species, "species.scientificName", "scientificName", 120);
                edited.speciesDutch = nestedText(species, "species.dutchName", "dutchName", 120);
            }
        }
        if (body.has("quantity")) {
            JsonNode quantity = body.get("quantity");
            if (quantity.isNull() || !quantity.isNumber()) {
                add("quantity", "Moet een getal groter dan 0 zijn.");
            } else {
                BigDecimal value = quantity.decimalValue().stripTrailingZeros();
                if (value.signum() <= 0) {
                    add("quantity", "Moet groter dan 0 zijn.");
                } else if (value.scale() > 2) {
                    add("quantity", "Ten hoogste twee decimalen.");
                } else if (value.compareTo(MAX_QUANTITY) > 0) {
                    add("quantity", "Ten hoogste 9999999999,99.");
                } else {
                    edited.quantity = value.setScale(2);
                }
            }
        }
        if (body.has("geometry")) {
            GeometryInput.Parsed geometry = GeometryInput.parse(body.get("geometry"), invalid);
            if (geometry != null) {
                edited.geometryKind = geometry.kind();
                edited.rdX = geometry.rdX();
                edited.rdY = geometry.rdY();
                edited.geometryRd = geometry.ringsRd();
            }
        }
        if (body.has("district")) {
            String district = text("district", 80, false);
            if (district != null) {
                edited.district = district;
            }
        }
        if (body.has("neighbourhoodCode")) {
            String code = text("neighbourhoodCode", 10, true);
            if (code != null && !code.matches("BU\\d{8}")) {
                add("neighbourhoodCode", "Een CBS-buurtcode: BU gevolgd door acht cijfers.");
            } else {
                edited.neighbourhoodCode = code;
            }
        }
        if (body.has("plantingYear")) {
            JsonNode year = body.get("plantingYear");
            if (year.isNull()) {
                edited.plantingYear = null;
            } else if (!year.isIntegralNumber() || !year.canConvertToInt()) {
                add("plantingYear", "Moet een jaartal zijn.");
            } else if (year.intValue() < FIRST_PLANTING_YEAR) {
                add("plantingYear", "Niet vóór " + FIRST_PLANTING_YEAR + ".");
            } else if (year.intValue() > today.getYear()) {
                add("plantingYear", "Ligt in de toekomst.");
            } else {
                edited.plantingYear = year.intValue();
            }
        }
        if (body.has("expectedLifespan")) {
            JsonNode years = body.get("expectedLifespan");
            if (years.isNull()) {
                edited.lifespanFromNorm = true;
            } else if (!years.isIntegralNumber() || !years.canConvertToInt() || years.intValue() < 1 || years.intValue() > 500) {
                add("expectedLifespan", "Moet een geheel aantal jaren van 1 tot en met 500 zijn.");
            } else {
                edited.expectedLifespan = years.intValue();
                edited.lifespanFromNorm = false;
            }
        }
        if (body.has("condition")) {
            edited.condition = oneOf("condition", CONDITIONS, edited.condition);
        }
        if (body.has("inspectionDate")) {
            JsonNode date = body.get("inspectionDate");
            if (date.isNull()) {
                edited.inspectionDate = null;
            } else {
                try {
                    LocalDate inspected = LocalDate.parse(date.isTextual() ? date.textValue() : "");
                    if (inspected.isAfter(today)) {
                        add("inspectionDate", "Ligt in de toekomst.");
                    } else if (inspected.getYear() < FIRST_PLANTING_YEAR) {
                        add("inspectionDate", "Niet vóór " + FIRST_PLANTING_YEAR + ".");
                    } else {
                        edited.inspectionDate = inspected;
                    }
                } catch (DateTimeParseException notADate) {
                    add("inspectionDate", "Verwacht een datum als 2025-03-31.");
                }
            }
        }
        if (body.has("safetyClass")) {
            edited.safetyClass = oneOf("safetyClass", SAFETY_CLASSES, edited.safetyClass);
        }
        if (body.has("protectionStatus")) {
            edited.protectionStatus = oneOf("protectionStatus", PROTECTION, edited.protectionStatus);
        }
        if (body.has("climateFunctions")) {
            JsonNode functions = body.get("climateFunctions");
            if (!functions.isObject()) {
                add("climateFunctions", "Verwacht een object met shade en waterStorage (true of false).");
            } else {
                edited.shade = flag(functions, "shade", edited.shade);
                edited.waterStorage = flag(functions, "waterStorage", edited.waterStorage);
                for (Iterator<String> names = functions.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!name.equals("shade") && !name.equals("waterStorage")) {
                        add("climateFunctions." + name, "Onbekend veld.");
                    }
                }
            }
        }
        if (body.has("status")) {
            JsonNode status = body.get("status");
            Set<String> allowed = creating ? NEW_STATUSES : STATUSES;
            if (!status.isTextual() || !allowed.contains(status.textValue())) {
                add("status", creating ? "Een nieuw object is PLANNED of PRESENT." : "Moet PLANNED, PRESENT of REMOVED zijn.");
            } else {
                edited.status = status.textValue();
            }
        }
        String reason = null;
        JsonNode why = body.get("reason");
        if (why == null || why.isNull() || (why.isTextual() && why.textValue().isBlank())) {
            add("reason", "Verplicht: waarom het object wordt " + (creating ? "geregistreerd." : "gewijzigd."));
        } else if (!why.isTextual()) {
            add("reason", "Moet tekst zijn.");
        } else if (why.textValue().strip().length() > MAX_REASON) {
            add("reason", "Ten hoogste " + MAX_REASON + " tekens.");
        } else {
            reason = why.textValue().strip();
        }
        crossChecks(edited);
        if (!invalid.isEmpty()) {
            throw invalid(invalid);
        }
        boolean changed = creating || !edited.subtype.equals(oldSubtype) || edited.quantity.compareTo(oldQuantity) != 0;
        return new Applied(edited, reason, changed);
    }

    /** Rules between fields, checked on the result; a field already named is not named twice. */
    private void crossChecks(AssetFields edited) {
        if (edited.type != null && !"TREE".equals(edited.type)) {
            if (edited.speciesScientific != null || edited.speciesDutch != null) {
                addOnce("species", "Alleen voor bomen.");
            }
            if (edited.safetyClass != null) {
                addOnce("safetyClass", "Alleen voor bomen.");
            }
            if (edited.protectionStatus != null) {
                addOnce("protectionStatus", "Alleen voor bomen.");
            }
        }
        if ("TREE".equals(edited.type) && "POLYGON".equals(edited.geometryKind)) {
            addOnce("geometry", "Een boom is een punt (Point).");
        }
        if (edited.condition != null && edited.inspectionDate == null) {
            addOnce("inspectionDate", "Verplicht bij een conditie: wanneer is die vastgesteld?");
        }
        if (edited.condition == null && edited.inspectionDate != null) {
            addOnce("condition", "Verplicht bij een inspectiedatum.");
        }
        Catalogue.Subtype subtype = edited.subtype == null ? null : catalogue.subtypes().get(edited.subtype);
        if (subtype != null && "STUKS".equals(subtype.unit()) && edited.quantity != null
                && edited.quantity.stripTrailingZeros().scale() > 0) {
            addOnce("quantity", "Een aantal stuks is een geheel getal.");
        }
    }

    private String text(String name, int max, boolean nullable) {
        JsonNode node = body.get(name);
        if (node.isNull() && nullable) {
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            add(name, "Moet niet-lege tekst zijn.");
            return null;
        }
        String value = node.textValue().strip();
        if (value.length() > max) {
            add(name, "Ten hoogste " + max + " tekens.");
            return null;
        }
        return value;
    }

    private String nestedText(JsonNode parent, String name, String field, int max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank() || node.textValue().strip().length() > max) {
            add(name, "Moet tekst van 1 tot " + max + " tekens zijn.");
            return null;
        }
        return node.textValue().strip();
    }

    private String oneOf(String name, Set<String> allowed, String current) {
        JsonNode node = body.get(name);
        if (node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !allowed.contains(node.textValue())) {
            add(name, "Onbekende waarde; toegestaan: " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            return current;
        }
        return node.textValue();
    }

    private boolean flag(JsonNode parent, String field, boolean current) {
        JsonNode node = parent.get(field);
        if (node == null) {
            return current;
        }
        if (!node.isBoolean()) {
            add("climateFunctions." + field, "Moet true of false zijn.");
            return current;
        }
        return node.booleanValue();
    }

    private void add(String name, String reason) {
        invalid.add(new Problem.InvalidParam(name, reason));
    }

    private void addOnce(String name, String reason) {
        if (invalid.stream().noneMatch(param -> param.name().equals(name) || param.name().startsWith(name + "."))) {
            add(name, reason);
        }
    }

    private static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid(List.of(new Problem.InvalidParam("body", "Verwacht een JSON-object.")));
        }
    }

    static ProblemException invalid(List<Problem.InvalidParam> params) {
        return new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer",
                "Een of meer velden zijn niet geldig.").withInvalidParams(params));
    }
}
