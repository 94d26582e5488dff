package nl.assen.groenagenda.agenda.item;

/** Other programmes an item can ride along with (werk met werk maken). */
public enum Programme {
    BOSS("BOSS"),
    GREEN_SCHOOLYARDS("Groene schoolpleinen"),
    NEIGHBOURHOOD_RENEWAL("Wijkvernieuwing"),
    ROAD_PROJECT("Wegenproject"),
    OTHER("Overig");

    private final String label;

    Programme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
