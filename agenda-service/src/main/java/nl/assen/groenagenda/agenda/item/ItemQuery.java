package nl.assen.groenagenda.agenda.item;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.assen.groenagenda.agenda.lifecycle.Status;
import nl.assen.groenagenda.platform.paging.PageRequest;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * The filters of the agenda list and the council export. Each filter takes one or more values
 * (repeated or comma-separated); values of different filters must all hold. {@code q} searches title
 * and description (Dutch stemming). {@code scope} is the caller's departments, not a user filter; a list
 * page also has its paging and {@link ListView}.
 */
public record ItemQuery(Set<Status> statuses, Set<String> themes, Set<String> districts, Set<String> departments,
                        Set<Vision> visions, Set<MeasureType> measureTypes, Set<TrafficLight> trafficLights,
                        Set<Integer> kaderbriefYears, Set<String> budgetLineCodes, String q, Sort sort,
                        PageRequest paging, ListView view, List<String> scope) {

    static final int MAX_QUERY = 200;

    /** Sort keys; {@code -} in front sorts descending. Relevance applies only with {@code q}. */
    public enum Sort {
        TITLE("title", "i.title ASC, i.id"), TITLE_DESC("-title", "i.title DESC, i.id"),
        UPDATED("updatedAt", "i.updated_at ASC, i.id"), UPDATED_DESC("-updatedAt", "i.updated_at DESC, i.id"),
        START("plannedStart", "i.planned_start ASC NULLS LAST, i.id"),
        START_DESC("-plannedStart", "i.planned_start DESC NULLS LAST, i.id"),
        STATUS("status", "i.status ASC, i.title, i.id"), RELEVANCE("relevance", null);

        final String parameter;
        final String orderBy;

        Sort(String parameter, String orderBy) {
            this.parameter = parameter;
            this.orderBy = orderBy;
        }
    }

    public static ItemQuery parse(MultiValueMap<String, String> params, Set<String> knownThemes,
                                  Set<String> knownDistricts, List<String> knownDepartments, List<String> scope,
                                  boolean paged) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        Set<Status> statuses = enums(params, "status", Status.class, invalid);
        Set<String> themes = known(params, "theme", knownThemes, invalid);
        Set<String> districts = known(params, "district", knownDistricts, invalid);
        Set<String> departments = known(params, "department", Set.copyOf(knownDepartments), invalid);
        Set<Vision> visions = enums(params, "vision", Vision.class, invalid);
        Set<MeasureType> measureTypes = enums(params, "measureType", MeasureType.class, invalid);
        Set<TrafficLight> lights = enums(params, "trafficLight", TrafficLight.class, invalid);
        Set<Integer> cycles = new LinkedHashSet<>();
        for (String value : values(params, "cycle")) {
            try {
                int year = Integer.parseInt(value);
                if (year < 2000 || year > 2100) {
                    throw new NumberFormatException();
                }
                cycles.add(year);
            } catch (NumberFormatException notAYear) {
                invalid.add(new Problem.InvalidParam("cycle", "Moet het jaar van een Kaderbrief zijn, bijvoorbeeld 2025."));
            }
        }
        Set<String> lines = new LinkedHashSet<>(values(params, "budgetLineCode"));
        String q = params.getFirst("q");
        if (q != null && q.strip().length() > MAX_QUERY) {
            invalid.add(new Problem.InvalidParam("q", "Mag hoogstens " + MAX_QUERY + " tekens lang zijn."));
        }
        q = q == null || q.isBlank() ? null : q.strip();
        Sort sort = q == null ? Sort.UPDATED_DESC : Sort.RELEVANCE;
        String sortParam = params.getFirst("sort");
        if (sortParam != null && !sortParam.isBlank()) {
            sort = null;
            for (Sort candidate : Sort.values()) {
                if (candidate.parameter.equals(sortParam.strip()) && (candidate != Sort.RELEVANCE || q != null)) {
                    sort = candidate;
                }
            }
            if (sort == null) {
                invalid.add(new Problem.InvalidParam("sort", "Moet een van title, -title, updatedAt, -updatedAt, "
                        + "plannedStart, -plannedStart, status of (met q) relevance zijn."));
            }
        }
        PageRequest paging = null;
        ListView view = null;
        if (paged) {
            try {
                paging = PageRequest.of(params.getFirst("page"), params.getFirst("pageSize"));
            } catch (ProblemException badPaging) {
                invalid.addAll(badPaging.problem().invalidParams());
            }
            view = view(params.getFirst("view"), invalid);
        }
        if (!invalid.isEmpty()) {
            throw new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer",
                    "Een of meer queryparameters zijn niet geldig.").withInvalidParams(invalid));
        }
        return new ItemQuery(statuses, themes, districts, departments, visions, measureTypes, lights, cycles, lines, q,
                sort, paging, view, scope);
    }

    private static ListView view(String value, List<Problem.InvalidParam> invalid) {
        if (value == null || value.isBlank()) {
            return ListView.FULL;
        }
        for (ListView view : ListView.values()) {
            if (view.parameter.equals(value.strip())) {
                return view;
            }
        }
        invalid.add(new Problem.InvalidParam("view", "Moet full of summary zijn."));
        return ListView.FULL;
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> values = new ArrayList<>();
        for (String raw : params.getOrDefault(name, List.of())) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static Set<String> known(MultiValueMap<String, String> params, String name, Set<String> known,
                                     List<Problem.InvalidParam> invalid) {
        Set<String> found = new LinkedHashSet<>();
        for (String value : values(params, name)) {
            if (known.contains(value)) {
                found.add(value);
            } else {
                invalid.add(new Problem.InvalidParam(name, "Onbekende waarde '" + shorten(value) + "'."));
            }
        }
        return found;
    }

    private static <E extends Enum<E>> Set<E> enums(MultiValueMap<String, String> params, String name, Class<E> type,
                                                    List<Problem.InvalidParam> invalid) {
        Set<E> found = new LinkedHashSet<>();
        for (String value : values(params, name)) {
            E match = null;
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    match = constant;
                }
            }
            if (match == null) {
                invalid.add(new Problem.InvalidParam(name, "Onbekende waarde '" + shorten(value) + "'."));
            } else {
                found.add(match);
            }
        }
        return found;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    /** The query's WHERE clause over alias {@code i}, with its bind values. */
    public Where where() {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> binds = new java.util.LinkedHashMap<>();
        if (!scope.isEmpty()) {
            conditions.add("i.department = ANY(:scope)");
            binds.put("scope", scope.toArray(String[]::new));
        }
        add(conditions, binds, "i.status", "statuses", statuses.stream().map(Enum::name).toList());
        add(conditions, binds, "i.theme_code", "themes", List.copyOf(themes));
        add(conditions, binds, "i.department", "departments", List.copyOf(departments));
        add(conditions, binds, "i.measure_type", "measureTypes", measureTypes.stream().map(Enum::name).toList());
        add(conditions, binds, "i.traffic_light", "lights", trafficLights.stream().map(Enum::name).toList());
        add(conditions, binds, "i.budget_line_code", "lines", List.copyOf(budgetLineCodes));
        if (!districts.isEmpty()) {
            conditions.add("i.districts && :districts::varchar[]");
            binds.put("districts", districts.toArray(String[]::new));
        }
        if (!visions.isEmpty()) {
            conditions.add("i.visions && :visions::varchar[]");
            binds.put("visions", visions.stream().map(Enum::name).toArray(String[]::new));
        }
        if (!kaderbriefYears.isEmpty()) {
            conditions.add("i.kaderbrief_year = ANY(:cycles)");
            binds.put("cycles", kaderbriefYears.toArray(Integer[]::new));
        }
        if (q != null) {
            conditions.add("i.search @@ websearch_to_tsquery('dutch', :q)");
            binds.put("q", q);
        }
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Where(sql, binds);
    }

    public String orderBy() {
        return sort == Sort.RELEVANCE ? "ts_rank(i.search, websearch_to_tsquery('dutch', :q)) DESC, i.id" : sort.orderBy;
    }

    /** Extra columns a page's inner query selects so that {@link #outerOrderBy()} can sort on them. */
    public String sortColumns() {
        return sort == Sort.RELEVANCE ? ", ts_rank(i.search, websearch_to_tsquery('dutch', :q)) AS rank" : "";
    }

    /** The same order over a subquery aliased {@code p} that selected the item columns and {@link #sortColumns()}. */
    public String outerOrderBy() {
        return sort == Sort.RELEVANCE ? "p.rank DESC, p.id" : sort.orderBy.replace("i.", "p.");
    }

    private static void add(List<String> conditions, Map<String, Object> binds, String column, String name,
                            List<String> values) {
        if (!values.isEmpty()) {
            conditions.add(column + " = ANY(:" + name + ")");
            binds.put(name, values.toArray(String[]::new));
        }
    }

    public record Where(String sql, Map<String, Object> binds) {
    }
}
