package nl.assen.groenagenda.agenda.item;

/** Whether a cost is an operating expense or an investment (which brings capital charges). */
public enum CostKind {
    OPERATING,
    INVESTMENT
}
