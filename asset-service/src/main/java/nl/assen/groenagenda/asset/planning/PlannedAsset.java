package nl.assen.groenagenda.asset.planning;

import java.util.UUID;

/**
 * What the planner needs to know of one present asset. {@code dueYear} is null when the planting year
 * is unknown: such an asset is never counted as past its end of life. {@code valueCents} is the
 * replacement value in euro cents.
 */
public record PlannedAsset(UUID id, long valueCents, Integer dueYear, int lifespanYears, String condition,
                           String district) {

    public PlannedAsset {
        if (id == null || valueCents < 0 || lifespanYears < 1) {
            throw new IllegalArgumentException("an asset needs an id, a value >= 0 and a lifespan >= 1");
        }
    }
}
