package nl.assen.groenagenda.agenda.theme;

/**
 * A theme an agenda item serves: one of the Groenvisie's four components or one of the climate
 * adaptation themes, with the vision it comes from (GROENVISIE or KLIMAATADAPTATIE).
 */
public record Theme(String code, String name, String vision) {
}
