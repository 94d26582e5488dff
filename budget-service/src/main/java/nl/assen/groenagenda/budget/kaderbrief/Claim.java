package nl.assen.groenagenda.budget.kaderbrief;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A claim for money on a line, per year, for an agenda item, in a Kaderbrief cycle; and, once decided,
 * the council's decision: its reference, what was granted per year, and for a refusal what happens to
 * the item next (RETURN to its submitter, or DEFER to the next cycle).
 */
public record Claim(UUID id, int cycleYear, String budgetLineCode, String agendaItemId, String motivation,
                    List<Amount> amounts, Status status, String createdBy, OffsetDateTime createdAt,
                    String decisionReference, FollowUp followUp, String decidedBy, OffsetDateTime decidedAt) {

    public enum Status { PENDING, HONOURED, PARTLY_HONOURED, REFUSED }

    public enum FollowUp { RETURN, DEFER }

    /** {@code recurring}: structural (true) or one-off (false); {@code granted} is null while pending. */
    public record Amount(int year, BigDecimal amount, boolean recurring, BigDecimal granted) {
    }

    Claim withAmounts(List<Amount> newAmounts) {
        return new Claim(id, cycleYear, budgetLineCode, agendaItemId, motivation, newAmounts, status, createdBy,
                createdAt, decisionReference, followUp, decidedBy, decidedAt);
    }
}
