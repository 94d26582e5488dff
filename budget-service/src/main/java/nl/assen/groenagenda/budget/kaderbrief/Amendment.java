package nl.assen.groenagenda.budget.kaderbrief;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A change of a line-year's budget made by an honoured claim: {@code newAmount = oldAmount + change}. */
public record Amendment(long id, UUID claimId, String budgetLineCode, int year, BigDecimal oldAmount,
                        BigDecimal change, BigDecimal newAmount, String reference, String createdBy,
                        OffsetDateTime createdAt) {
}
