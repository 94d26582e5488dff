package nl.assen.groenagenda.platform.security;

/** The realm roles of Keycloak realm {@code groenagenda}, as ../shared/API.md names them. */
public final class Roles {

    public static final String MEDEWERKER = "medewerker";
    public static final String AFDELINGSMANAGER = "afdelingsmanager";
    public static final String FINANCIEEL_ADVISEUR = "financieel-adviseur";
    public static final String RAAD = "raad";
    public static final String BEHEERDER = "beheerder";

    private Roles() {
    }
}
