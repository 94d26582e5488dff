package nl.assen.groenagenda.agenda.item;

/**
 * How much of each item a list page carries: {@code full} (the default) every field of the item as
 * GET /agenda-items/{id} has it without history; {@code summary} what an overview table shows: id, title,
 * example, status, trafficLight, theme, districts, department, plannedStart and totalCost (the sum of the
 * item's yearly costs), at a fraction of the size and work of full items.
 */
public enum ListView {
    FULL("full"),
    SUMMARY("summary");

    final String parameter;

    ListView(String parameter) {
        this.parameter = parameter;
    }
}
