package nl.assen.groenagenda.budget.taakveld;

/**
 * An Iv3 taakveld of the BBV: the national classification every municipal budget line is reported
 * under (for example 5.7 Openbaar groen en (openlucht) recreatie), with its hoofdtaakveld.
 */
public record Taakveld(String code, String name, String mainTaskCode, String mainTaskName) {
}
