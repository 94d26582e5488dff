package nl.assen.groenagenda.budget.capital;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * The body of {@code POST /capital-charges}, for the OpenAPI description. The controller reads the
 * body field by field, so that it can name every invalid field at once.
 */
@Schema(name = "CapitalChargeRequest", description = "Een investering, eventueel in jaarlijkse tranches.")
record CapitalChargeRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Bedrag per tranche in euro's, > 0, hoogstens 2 decimalen", example = "280000")
        BigDecimal amount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Jaar van de (eerste) investering, 2000-2100", example = "2025")
        Integer firstYear,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Method method,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Afschrijvingstermijn in jaren, 1-100", example = "20")
        Integer termYears,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Rente als fractie, 0-0.2 (0.02 is 2%)", example = "0.02")
        BigDecimal interestRate,
        @Schema(description = "Aantal jaarlijkse tranches, 1-100; standaard 1", example = "20")
        Integer tranches,
        @Schema(description = "Eerste afschrijvingsjaar; standaard YEAR_AFTER") FirstDepreciation firstDepreciation,
        @Schema(description = "Bijdrage van derden, in mindering op de waarde (BBV art. 62); standaard 0")
        BigDecimal contribution) {
}
