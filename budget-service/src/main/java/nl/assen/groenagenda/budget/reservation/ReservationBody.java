package nl.assen.groenagenda.budget.reservation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The body of {@code POST /reservations}, for the OpenAPI description (the controller reads it field by field). */
@Schema(name = "ReservationRequest", description = "Reserveer een bedrag op een begrotingsregel voor een jaar en een agendapunt.")
record ReservationBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "GROEN-MEEDOEN") String budgetLineCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025") Integer year,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Euro's, > 0, hoogstens 2 decimalen", example = "12500")
        BigDecimal amount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "42") String agendaItemId,
        @Schema(description = "Waarom; komt in de audittrail") String reason) {
}
