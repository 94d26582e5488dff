package nl.assen.groenagenda.agenda.item;

import java.math.BigDecimal;

/** An estimated cost in one fiscal year, in euros with cents; recurring = structureel, else incidenteel. */
public record Cost(int year, BigDecimal amount, boolean recurring, CostKind kind) {
}
