package nl.assen.groenagenda.asset.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One asset of the register as the API shows it: geometry as GeoJSON in WGS84, its history newest
 * first, and {@code synthetic} true when it was generated rather than surveyed.
 */
public record AssetDetails(UUID id, String externalId, String type, String subtype, Species species,
                           BigDecimal quantity, String unit, Map<String, Object> geometry, String district,
                           String neighbourhoodCode, Integer plantingYear, int expectedLifespan,
                           Integer replacementDueYear, String condition, LocalDate inspectionDate,
                           String safetyClass, String protectionStatus, ClimateFunctions climateFunctions,
                           String status, BigDecimal replacementValue, boolean synthetic, Instant createdAt,
                           String createdBy, Instant updatedAt, String updatedBy, String version,
                           List<HistoryEntry> history) {

    /** The tree's species; absent for other types. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Species(String scientificName, String dutchName) {
    }

    public record ClimateFunctions(boolean shade, boolean waterStorage) {
    }

    /** Who changed what and why; before and after hold the changed fields only. */
    public record HistoryEntry(Instant at, String by, String action, String reason, Map<String, Object> before,
                               Map<String, Object> after) {
    }
}
