package nl.assen.groenagenda.asset.query;

import java.math.BigDecimal;
import java.util.UUID;
import nl.assen.groenagenda.asset.register.AssetDetails;

/** One asset as a list shows it; {@code synthetic} is true when it was generated rather than surveyed. */
public record AssetListItem(UUID id, String externalId, String type, String subtype, AssetDetails.Species species,
                            BigDecimal quantity, String unit, String district, String neighbourhoodCode,
                            Integer plantingYear, Integer dueYear, String condition, String status,
                            BigDecimal replacementValue, boolean synthetic) {
}
