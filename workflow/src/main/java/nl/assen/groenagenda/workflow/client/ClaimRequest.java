package nl.assen.groenagenda.workflow.client;

import java.math.BigDecimal;
import java.util.List;

/** A claim in a Kaderbrief cycle as budget-service takes it: the item's costs per year. */
public record ClaimRequest(String budgetLineCode, String agendaItemId, String motivation, List<Amount> amounts) {

    public record Amount(int year, BigDecimal amount, boolean recurring) {
    }
}
