package nl.assen.groenagenda.budget.kaderbrief;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A checked decision on a claim. {@code granted}: per claimed year what the council granted (the
 * requested amount when honoured, the given amount or zero when partly honoured, zero when refused).
 */
record Decision(UUID claimId, Claim.Status outcome, Map<Integer, BigDecimal> granted, String reference,
                Claim.FollowUp followUp, String reason) {

    /** The claim as it is once decided, and the amendments its decision made. */
    record Result(Claim claim, java.util.List<Amendment> amendments) {
    }
}
