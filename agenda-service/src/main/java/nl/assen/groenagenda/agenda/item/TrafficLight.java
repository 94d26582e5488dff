package nl.assen.groenagenda.agenda.item;

/** How execution is going; orange and red carry a cause and the correction. */
public enum TrafficLight {
    GREEN("Groen"),
    ORANGE("Oranje"),
    RED("Rood");

    private final String label;

    TrafficLight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
