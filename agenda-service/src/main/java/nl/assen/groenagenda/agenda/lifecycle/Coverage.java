package nl.assen.groenagenda.agenda.lifecycle;

/** How an approved item is paid for. */
public enum Coverage {
    EXISTING_BUDGET,
    CLAIM,
    ADOPTED;

    /** As the council export shows it, e.g. "Claim Kaderbrief 2025". */
    public static String label(Coverage coverage, Integer kaderbriefYear) {
        if (coverage == null) {
            return "Nog niet bepaald";
        }
        String year = kaderbriefYear == null ? "" : " " + kaderbriefYear;
        return switch (coverage) {
            case EXISTING_BUDGET -> "Bestaand budget";
            case CLAIM -> "Claim Kaderbrief" + year;
            case ADOPTED -> "Vastgesteld in Kaderbrief" + year;
        };
    }
}
