package nl.assen.groenagenda.workflow.task;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** A submission as agenda-service's outbox delivers it (ADR 0009); every field is checked at once. */
public record ApprovalRequest(
        @NotBlank(message = "Is verplicht.")
        @Pattern(regexp = UUID_PATTERN, message = "Moet een UUID zijn.")
        String submissionId,
        @NotBlank(message = "Is verplicht.")
        @Pattern(regexp = UUID_PATTERN, message = "Moet een UUID zijn.")
        String agendaItemId,
        @NotNull(message = "Is verplicht.")
        @Min(value = 1, message = "Moet 1 of groter zijn.")
        Integer sequence,
        @NotBlank(message = "Is verplicht.")
        @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "Moet de code van een afdeling zijn, zoals openbare-ruimte.")
        String department,
        @NotBlank(message = "Is verplicht.")
        @Size(max = 200, message = "Mag hoogstens 200 tekens zijn.")
        String title,
        @NotBlank(message = "Is verplicht.")
        @Size(max = 255, message = "Mag hoogstens 255 tekens zijn.")
        String submittedBy) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** The start variables of the contract, by name. */
    Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("agendaItemId", agendaItemId);
        variables.put("submissionId", submissionId);
        variables.put("sequence", sequence);
        variables.put("department", department);
        variables.put("title", title);
        variables.put("submittedBy", submittedBy);
        return variables;
    }
}
