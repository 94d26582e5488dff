package nl.assen.groenagenda.agenda.item;

/** The two visions the joint agenda carries out. */
public enum Vision {
    GROENVISIE("Groenvisie Assen 2040"),
    KLIMAATADAPTATIE("Visie Klimaatadaptatie");

    private final String label;

    Vision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
