package nl.assen.groenagenda.budget.reservation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An amount of a line-year's budget committed to an agenda item. */
public record Reservation(UUID id, String budgetLineCode, int year, BigDecimal amount, String agendaItemId,
                          String reason, Status status, String createdBy, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {

    /** RESERVED counts as reserved; REALISED as realised; RELEASED no longer counts. */
    public enum Status { RESERVED, RELEASED, REALISED }

    Reservation withStatus(Status newStatus) {
        return new Reservation(id, budgetLineCode, year, amount, agendaItemId, reason, newStatus, createdBy, createdAt,
                updatedAt);
    }

    /** Whether a repeated request asks for the same as this reservation was made with. */
    boolean sameRequest(ReservationRequest request) {
        return budgetLineCode.equals(request.budgetLineCode()) && year == request.year()
                && amount.compareTo(request.amount()) == 0 && agendaItemId.equals(request.agendaItemId())
                && java.util.Objects.equals(reason, request.reason());
    }
}
