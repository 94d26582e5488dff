package nl.assen.groenagenda.agenda.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Request bodies for agenda items. */
public final class Items {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Items() {
    }

    /** A lawn in Kloosterveen turned into a play meadow with a wadi, covered by the replacement budget. */
    public static ObjectNode playMeadow(String title) {
        try {
            return (ObjectNode) MAPPER.readTree("""
                    {
                      "title": "%s",
                      "description": "Het wijkgazon wordt een groene speelweide die regenwater vasthoudt in een wadi.",
                      "visions": ["GROENVISIE", "KLIMAATADAPTATIE"],
                      "theme": "FLOODING",
                      "measureType": "LAWN_TO_PLAY_MEADOW_WITH_WADI",
                      "districts": ["Kloosterveen"],
                      "location": {"type": "Point", "coordinates": [6.5193, 53.0018]},
                      "department": "openbare-ruimte",
                      "owner": "Team Groen",
                      "plannedStart": "2025-03-01",
                      "plannedEnd": "2025-11-30",
                      "budgetLineCode": "GROEN-VERVANGING",
                      "costs": [{"year": 2025, "amount": 60000, "recurring": false, "kind": "INVESTMENT"},
                                {"year": 2026, "amount": 1500.50, "recurring": true, "kind": "OPERATING"}],
                      "workWithWork": [{"programme": "NEIGHBOURHOOD_RENEWAL", "description": "Samen met de wijkvernieuwing"}],
                      "partners": ["Bewoners van de wijk"]
                    }""".formatted(title));
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A title no other test uses, so a test can find its own items with {@code q}. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8).replace('-', 'x') + "zz";
    }
}
