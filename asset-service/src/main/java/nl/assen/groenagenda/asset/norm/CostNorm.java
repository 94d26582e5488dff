package nl.assen.groenagenda.asset.norm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What replacing one unit of a subtype costs, how long it lasts, at which price level and by what source. */
public record CostNorm(UUID id, String type, String subtype, String subtypeName, String unit, BigDecimal unitCost,
                       int lifespanYears, int priceLevelYear, String source, Instant updatedAt, String updatedBy) {
}
