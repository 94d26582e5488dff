package nl.assen.groenagenda.asset.summary;

import java.math.BigDecimal;
import java.util.List;

/**
 * The green stock per district and type. Counts what is present (planned and removed assets are not
 * stock). {@code synthetic} is true when any asset counted was generated rather than surveyed: then
 * the figures describe an invented register and must be shown as such.
 */
public record Summary(BigDecimal totalReplacementValue, long totalCount, boolean synthetic, List<Group> groups) {

    public record Group(String district, String type, long count, BigDecimal quantity, String unit,
                        BigDecimal replacementValue, boolean synthetic) {
    }
}
