package nl.assen.groenagenda.budget.kaderbrief;

import java.util.List;

/** A checked claim to file. */
record NewClaim(String budgetLineCode, String agendaItemId, String motivation, List<Claim.Amount> amounts) {
}
