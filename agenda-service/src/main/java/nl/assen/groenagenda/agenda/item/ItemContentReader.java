package nl.assen.groenagenda.agenda.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.assen.groenagenda.agenda.geo.GeoJsonGeometry;
import nl.assen.groenagenda.platform.web.JsonInput;

/**
 * Reads what a drafter sends for an item and names every problem at once. What it cannot know by
 * itself (whether the budget line exists in budget-service) is checked afterwards by the caller.
 *
 * <p>Fields the API serves but a drafter does not set ({@code id}, {@code status}, {@code history} and
 * the like) are ignored, so a client can send back what it read; any other unknown field is an error,
 * because a misspelt field silently dropped would lose what the user typed.
 */
public final class ItemContentReader {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_COSTS = 200;
    static final int MAX_ASSETS = 1_000;
    static final int MAX_LINKS = 20;
    static final int MAX_PARTNERS = 30;

    private static final Set<String> WRITABLE = Set.of("title", "description", "visions", "theme", "measureType",
            "districts", "location", "assetIds", "department", "owner", "plannedStart", "plannedEnd",
            "budgetLineCode", "costs", "workWithWork", "partners", "reason");
    private static final Set<String> READ_ONLY = Set.of("id", "status", "coverage", "kaderbriefYear", "claimId",
            "progress", "trafficLight", "trafficLightCause", "trafficLightCorrection", "drafter", "example", "version",
            "createdAt", "updatedAt", "history");

    private final AgendaSettings settings;
    private final ReferenceData.Values reference;

    public ItemContentReader(AgendaSettings settings, ReferenceData.Values reference) {
        this.settings = settings;
        this.reference = reference;
    }

    /** The content, or null when {@code input} collected problems (which the caller then reports). */
    public ItemContent read(JsonInput input) {
        for (String name : input.fieldNames()) {
            if (!WRITABLE.contains(name) && !READ_ONLY.contains(name)) {
                input.invalid(name, "Onbekend veld.");
            }
        }
        String title = input.text("title", true, MAX_TITLE, false);
        String description = input.text("description", false, MAX_DESCRIPTION, false);
        List<Vision> visions = visions(input);
        String theme = input.text("theme", true, 40, false);
        if (theme != null && !reference.themeVisions().containsKey(theme)) {
            input.invalid("theme", "Onbekend thema; kies een van " + String.join(", ", reference.themeVisions().keySet()) + ".");
        } else if (theme != null && visions != null && !visions.contains(reference.themeVisions().get(theme))) {
            input.invalid("theme", "Dit thema hoort bij de " + reference.themeVisions().get(theme).label()
                    + ", die niet bij visions staat.");
        }
        MeasureType measureType = input.choice("measureType", true, MeasureType.class);
        List<String> districts = districts(input);
        JsonNode location = input.raw("location");
        if (location != null) {
            GeoJsonGeometry.problem(location).ifPresent(problem -> input.invalid("location", problem));
        }
        List<UUID> assetIds = assetIds(input);
        String department = input.text("department", true, 40, false);
        if (department != null && !settings.departments().contains(department)) {
            input.invalid("department", "Onbekende afdeling; kies een van " + String.join(", ", settings.departments()) + ".");
        }
        String owner = input.text("owner", false, 120, false);
        LocalDate start = input.date("plannedStart", false);
        LocalDate end = input.date("plannedEnd", false);
        checkPeriod(input, start, end);
        String budgetLineCode = input.text("budgetLineCode", false, 40, false);
        List<Cost> costs = costs(input);
        List<WorkWithWork> links = links(input);
        List<String> partners = partners(input);
        if (!input.isValid()) {
            return null;
        }
        return new ItemContent(title, description == null ? "" : description, visions, theme, measureType, districts,
                location, assetIds, department, owner, start, end, budgetLineCode, costs, links, partners);
    }

    private void checkPeriod(JsonInput input, LocalDate start, LocalDate end) {
        for (var named : List.of(new Object[] {"plannedStart", start}, new Object[] {"plannedEnd", end})) {
            LocalDate date = (LocalDate) named[1];
            if (date != null && (date.getYear() < settings.firstYear() || date.getYear() > settings.lastYear())) {
                input.invalid((String) named[0], "Moet in " + settings.firstYear() + " tot en met " + settings.lastYear() + " liggen.");
            }
        }
        if (start != null && end != null && end.isBefore(start)) {
            input.invalid("plannedEnd", "Mag niet voor plannedStart liggen.");
        }
    }

    private static List<Vision> visions(JsonInput input) {
        JsonNode value = input.raw("visions");
        if (value == null) {
            input.invalid("visions", "Is verplicht.");
            return null;
        }
        if (!value.isArray() || value.isEmpty()) {
            input.invalid("visions", "Moet een lijst met GROENVISIE en/of KLIMAATADAPTATIE zijn.");
            return null;
        }
        Set<Vision> visions = new LinkedHashSet<>();
        for (JsonNode element : value) {
            Vision vision = element.isTextual() ? parse(Vision.class, element.textValue()) : null;
            if (vision == null || !visions.add(vision)) {
                input.invalid("visions", "Moet een lijst met GROENVISIE en/of KLIMAATADAPTATIE zijn, elk hoogstens een keer.");
                return null;
            }
        }
        return List.copyOf(visions);
    }

    private List<String> districts(JsonInput input) {
        JsonNode value = input.raw("districts");
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            input.invalid("districts", "Moet een lijst van wijken zijn.");
            return List.of();
        }
        Set<String> districts = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isTextual() || !reference.districts().contains(element.textValue())) {
                input.invalid("districts[" + i + "]", "Onbekende wijk; kies een van " + String.join(", ",
                        reference.districts().stream().sorted().toList()) + ".");
            } else if (!districts.add(element.textValue())) {
                input.invalid("districts[" + i + "]", "Staat al in de lijst.");
            }
        }
        return List.copyOf(districts);
    }

    private static List<UUID> assetIds(JsonInput input) {
        JsonNode value = input.raw("assetIds");
        if (value == null) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_ASSETS) {
            input.invalid("assetIds", "Moet een lijst van hoogstens " + MAX_ASSETS + " ids uit het groenareaal zijn.");
            return List.of();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            UUID id = value.get(i).isTextual() ? ItemId.orNull(value.get(i).textValue()) : null;
            if (id == null) {
                input.invalid("assetIds[" + i + "]", "Moet een id (UUID) uit het groenareaal zijn.");
            } else {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private List<Cost> costs(JsonInput input) {
        JsonNode value = input.raw("costs");
        if (value == null) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_COSTS) {
            input.invalid("costs", "Moet een lijst van hoogstens " + MAX_COSTS + " kosten per jaar zijn.");
            return List.of();
        }
        List<Cost> costs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            String name = "costs[" + i + "]";
            if (!value.get(i).isObject()) {
                input.invalid(name, "Moet een object zijn met year, amount, recurring en kind.");
                continue;
            }
            JsonInput cost = input.nested(name, value.get(i));
            Integer year = cost.integer("year", true, settings.firstYear(), settings.lastYear());
            BigDecimal amount = cost.amount("amount", true, false);
            Boolean recurring = cost.bool("recurring", true);
            CostKind kind = cost.choice("kind", true, CostKind.class);
            if (year != null && amount != null && recurring != null && kind != null) {
                if (!seen.add(year + "/" + recurring + "/" + kind)) {
                    input.invalid(name, "Er zijn al kosten voor dit jaar met dezelfde soort en hetzelfde karakter.");
                } else {
                    costs.add(new Cost(year, amount, recurring, kind));
                }
            }
        }
        return List.copyOf(costs);
    }

    private static List<WorkWithWork> links(JsonInput input) {
        JsonNode value = input.raw("workWithWork");
        if (value == null) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_LINKS) {
            input.invalid("workWithWork", "Moet een lijst van hoogstens " + MAX_LINKS + " koppelingen zijn.");
            return List.of();
        }
        List<WorkWithWork> links = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String name = "workWithWork[" + i + "]";
            if (!value.get(i).isObject()) {
                input.invalid(name, "Moet een object zijn met programme en description.");
                continue;
            }
            JsonInput link = input.nested(name, value.get(i));
            Programme programme = link.choice("programme", true, Programme.class);
            String description = link.text("description", false, 500, false);
            if (programme != null) {
                links.add(new WorkWithWork(programme, description));
            }
        }
        return List.copyOf(links);
    }

    private static List<String> partners(JsonInput input) {
        JsonNode value = input.raw("partners");
        if (value == null) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_PARTNERS) {
            input.invalid("partners", "Moet een lijst van hoogstens " + MAX_PARTNERS + " namen zijn.");
            return List.of();
        }
        Set<String> partners = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String name = element.isTextual() ? element.textValue().trim() : "";
            if (name.isEmpty() || name.length() > 200) {
                input.invalid("partners[" + i + "]", "Moet een naam van 1 tot en met 200 tekens zijn.");
            } else {
                partners.add(name);
            }
        }
        return List.copyOf(partners);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
