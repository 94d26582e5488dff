package nl.assen.groenagenda.asset.norm;

/** The answer to a norm change: the norm as it is now, and the revaluation it caused. */
public record CostNormChangeResult(CostNorm costNorm, Revaluation revaluation) {
}
