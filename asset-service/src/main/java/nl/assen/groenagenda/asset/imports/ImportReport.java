package nl.assen.groenagenda.asset.imports;

import java.math.BigDecimal;
import java.util.UUID;

/** What an import did: rows read, assets inserted and updated, and the replacement value of the imported rows. */
public record ImportReport(UUID id, String format, long rows, long inserted, long updated,
                           BigDecimal totalReplacementValue, String reason) {
}
