package nl.assen.groenagenda.workflow.task;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"decision", "motivation"}}: checked against the task's own rules, not by annotations. */
public record CompletionRequest(
        @Schema(description = "Een van de beslissingen die de taak accepteert (zie decisions in de takenlijst)",
                example = "APPROVE")
        String decision,
        @Schema(description = "Toelichting; verplicht bij terugsturen en afwijzen, en bij financieel advies",
                maxLength = Step.MAX_MOTIVATION)
        String motivation) {
}
