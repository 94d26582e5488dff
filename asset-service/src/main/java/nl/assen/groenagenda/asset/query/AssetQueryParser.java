package nl.assen.groenagenda.asset.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.assen.groenagenda.platform.paging.PageRequest;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of the list and the work-with-work question. Every parameter is checked,
 * and all mistakes are refused together in one 400 problem. Values only ever become bound parameters:
 * sort keys map onto a fixed whitelist of columns.
 */
final class AssetQueryParser {

    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2200;
    static final Set<String> CONDITIONS = Set.of("A+", "A", "B", "C", "D");
    static final Set<String> STATUSES = Set.of("PLANNED", "PRESENT", "REMOVED");

    /** Sort parameter names and the columns they order by. */
    static final Map<String, String> SORT_COLUMNS;

    static {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("externalId", "a.external_id");
        columns.put("type", "a.type_code");
        columns.put("subtype", "a.subtype_code");
        columns.put("district", "a.district");
        columns.put("neighbourhoodCode", "a.neighbourhood_code");
        columns.put("plantingYear", "a.planting_year");
        columns.put("dueYear", "a.replacement_due_year");
        columns.put("condition", "a.condition");
        columns.put("status", "a.status");
        columns.put("quantity", "a.quantity");
        columns.put("replacementValue", "a.replacement_value");
        SORT_COLUMNS = java.util.Collections.unmodifiableMap(columns);
    }

    private AssetQueryParser() {
    }

    static Problem.InvalidParam invalid(String name, String reason) {
        return new Problem.InvalidParam(name, reason);
    }

    static AssetQuery list(MultiValueMap<String, String> params, Set<String> knownTypes, Set<String> knownSubtypes) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        List<String> types = codes(params, "type", knownTypes, invalid);
        List<String> subtypes = codes(params, "subtype", knownSubtypes, invalid);
        List<String> districts = values(params, "district");
        List<String> conditions = codes(params, "condition", CONDITIONS, invalid);
        List<String> statuses = codes(params, "status", STATUSES, invalid);
        Integer dueBefore = year(params, "dueBefore", invalid);
        String rawBox = single(params, "bbox", invalid);
        WgsBox bbox = rawBox == null ? null : WgsBox.parse("bbox", rawBox, invalid);
        List<AssetQuery.SortKey> sort = sort(params, invalid);
        PageRequest paging = paging(params, invalid);
        refuseIfAny(invalid);
        return new AssetQuery(types, subtypes, districts, conditions, statuses, dueBefore, bbox, sort, paging);
    }

    static WorkWithWorkQuery workWithWork(MultiValueMap<String, String> params) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        String rawBox = single(params, "bbox", invalid);
        WgsBox bbox = rawBox == null ? null : WgsBox.parse("bbox", rawBox, invalid);
        String district = single(params, "district", invalid);
        if (rawBox == null && district == null) {
            invalid.add(invalid("bbox", "Geef het gebied op: bbox (minLon,minLat,maxLon,maxLat) of district."));
        } else if (rawBox != null && district != null) {
            invalid.add(invalid("district", "Geef bbox of district op, niet allebei."));
        }
        Integer fromYear = year(params, "fromYear", invalid);
        Integer toYear = year(params, "toYear", invalid);
        if (fromYear == null && !params.containsKey("fromYear")) {
            invalid.add(invalid("fromYear", "Verplicht: het eerste jaar van het werk."));
        }
        if (toYear == null && !params.containsKey("toYear")) {
            invalid.add(invalid("toYear", "Verplicht: het laatste jaar van het werk."));
        }
        if (fromYear != null && toYear != null && fromYear > toYear) {
            invalid.add(invalid("toYear", "Mag niet voor fromYear liggen."));
        }
        Integer withinYears = integer(params, "withinYears", 0, 100, invalid);
        PageRequest paging = paging(params, invalid);
        refuseIfAny(invalid);
        return new WorkWithWorkQuery(bbox, district, fromYear, toYear, withinYears == null ? 5 : withinYears, paging);
    }

    private static void refuseIfAny(List<Problem.InvalidParam> invalid) {
        if (!invalid.isEmpty()) {
            throw new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer",
                    "Een of meer queryparameters zijn niet geldig.").withInvalidParams(invalid));
        }
    }

    /** All values of a parameter that may repeat or hold a comma-separated list, trimmed, without blanks. */
    private static List<String> values(MultiValueMap<String, String> params, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String raw : params.getOrDefault(name, List.of())) {
            for (String value : raw.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.trim());
                }
            }
        }
        return List.copyOf(values);
    }

    private static List<String> codes(MultiValueMap<String, String> params, String name, Set<String> known,
                                      List<Problem.InvalidParam> invalid) {
        List<String> codes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String value : values(params, name)) {
            String code = value.toUpperCase(Locale.ROOT);
            if (known.contains(code)) {
                codes.add(code);
            } else {
                unknown.add(value);
            }
        }
        if (!unknown.isEmpty()) {
            invalid.add(invalid(name, "Onbekende waarde(n) " + String.join(", ", unknown) + "; toegestaan: "
                    + String.join(", ", known.stream().sorted().toList()) + "."));
        }
        return List.copyOf(codes);
    }

    private static String single(MultiValueMap<String, String> params, String name, List<Problem.InvalidParam> invalid) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            invalid.add(invalid(name, "Mag maar een keer voorkomen."));
            return null;
        }
        if (values.isEmpty()) {
            return null;
        }
        String value = values.get(0);
        if (value == null || value.isBlank()) {
            invalid.add(invalid(name, "Mag niet leeg zijn."));
            return null;
        }
        return value.trim();
    }

    private static Integer year(MultiValueMap<String, String> params, String name, List<Problem.InvalidParam> invalid) {
        return integer(params, name, MIN_YEAR, MAX_YEAR, invalid);
    }

    private static Integer integer(MultiValueMap<String, String> params, String name, int min, int max,
                                   List<Problem.InvalidParam> invalid) {
        int before = invalid.size();
        String raw = single(params, name, invalid);
        if (raw == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (invalid.size() == before) {
            invalid.add(invalid(name, "Moet een geheel getal van " + min + " tot en met " + max + " zijn."));
        }
        return null;
    }

    private static List<AssetQuery.SortKey> sort(MultiValueMap<String, String> params, List<Problem.InvalidParam> invalid) {
        List<AssetQuery.SortKey> keys = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String value : values(params, "sort")) {
            boolean descending = value.startsWith("-");
            String name = descending || value.startsWith("+") ? value.substring(1) : value;
            String column = SORT_COLUMNS.get(name);
            if (column == null) {
                unknown.add(value);
            } else if (seen.add(name)) {
                keys.add(new AssetQuery.SortKey(column, descending));
            }
        }
        if (!unknown.isEmpty()) {
            invalid.add(invalid("sort", "Onbekende sorteersleutel(s) " + String.join(", ", unknown)
                    + "; toegestaan: " + String.join(", ", SORT_COLUMNS.keySet())
                    + ", elk met '-' ervoor voor aflopend."));
        }
        return List.copyOf(keys);
    }

    private static PageRequest paging(MultiValueMap<String, String> params, List<Problem.InvalidParam> invalid) {
        try {
            return PageRequest.of(params.getFirst("page"), params.getFirst("pageSize"));
        } catch (ProblemException badPaging) {
            invalid.addAll(badPaging.problem().invalidParams());
            return null;
        }
    }
}
