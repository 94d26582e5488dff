package nl.assen.groenagenda.asset.norm;

import java.math.BigDecimal;

/** What a norm change did to the register: how many assets were revalued, and their value before and after. */
public record Revaluation(long changeId, long affectedAssets, BigDecimal valueBefore, BigDecimal valueAfter) {
}
