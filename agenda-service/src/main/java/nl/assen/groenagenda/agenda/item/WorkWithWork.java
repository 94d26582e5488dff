package nl.assen.groenagenda.agenda.item;

/** A link to another programme the item is combined with at one place and time. */
public record WorkWithWork(Programme programme, String description) {
}
