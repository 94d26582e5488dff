package nl.assen.groenagenda.agenda.item;

/**
 * What kind of measure an item is. The list, plus NEW_PLANTING for the Groenvisie's
 * "vergroten" (adding green where there was none), which none of the others describes.
 */
public enum MeasureType {
    REPLACE_TREES_OR_PLANTINGS("Bomen of beplanting vervangen"),
    LAWN_TO_PLAY_MEADOW_WITH_WADI("Wijkgazon wordt groene speelweide met wadi"),
    REMOVE_PAVING("Tegels eruit, groen erin (Steenbreek)"),
    PARTICIPATION_ACTIVITY("Participatieactiviteit"),
    ECOLOGICAL_CONNECTION("Ecologische verbinding"),
    NEW_PLANTING("Nieuw groen aanleggen"),
    STUDY_OR_MONITORING("Onderzoek of monitoring"),
    POLICY_NOTE("Beleidsnotitie");

    private final String label;

    MeasureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
