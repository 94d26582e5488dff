package nl.assen.groenagenda.asset.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.assen.groenagenda.platform.web.Problem;

/**
 * The body of {@code POST /assets/{id}/interventions}: {@code {"kind": "FELLING"|"PRUNING", "reason": code,
 * "motivation", "plannedDate"}}. Every invalid field is named at once.
 */
record InterventionRequest(String kind, String reason, String motivation, LocalDate plannedDate) {

    static final Set<String> KINDS = Set.of("FELLING", "PRUNING");
    static final int MAX_MOTIVATION = 2000;
    private static final Set<String> FIELDS = Set.of("kind", "reason", "motivation", "plannedDate");

    static InterventionRequest from(JsonNode body, Map<String, InterventionReason> reasons) {
        if (body == null || !body.isObject()) {
            throw AssetInput.invalid(List.of(new Problem.InvalidParam("body", "Verwacht een JSON-object.")));
        }
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                invalid.add(new Problem.InvalidParam(name, "Onbekend veld."));
            }
        }
        JsonNode kind = body.get("kind");
        if (kind == null || !kind.isTextual() || !KINDS.contains(kind.textValue())) {
            invalid.add(new Problem.InvalidParam("kind", "Verplicht: FELLING (kap) of PRUNING (snoei)."));
        }
        JsonNode reason = body.get("reason");
        if (reason == null || !reason.isTextual() || !reasons.containsKey(reason.textValue())) {
            invalid.add(new Problem.InvalidParam("reason", "Verplicht, een van: " + String.join(", ", reasons.keySet()) + "."));
        }
        String motivation = null;
        JsonNode why = body.get("motivation");
        if (why != null && !why.isNull()) {
            if (!why.isTextual()) {
                invalid.add(new Problem.InvalidParam("motivation", "Moet tekst zijn."));
            } else if (why.textValue().strip().length() > MAX_MOTIVATION) {
                invalid.add(new Problem.InvalidParam("motivation", "Ten hoogste " + MAX_MOTIVATION + " tekens."));
            } else if (!why.textValue().isBlank()) {
                motivation = why.textValue().strip();
            }
        }
        LocalDate planned = null;
        JsonNode date = body.get("plannedDate");
        if (date != null && !date.isNull()) {
            try {
                planned = LocalDate.parse(date.isTextual() ? date.textValue() : "");
                if (planned.getYear() < 1800 || planned.getYear() > 2200) {
                    invalid.add(new Problem.InvalidParam("plannedDate", "Moet tussen 1800 en 2200 liggen."));
                }
            } catch (DateTimeParseException notADate) {
                invalid.add(new Problem.InvalidParam("plannedDate", "Verwacht een datum als 2026-02-15."));
            }
        }
        if (!invalid.isEmpty()) {
            throw AssetInput.invalid(invalid);
        }
        return new InterventionRequest(kind.textValue(), reason.textValue(), motivation, planned);
    }
}
