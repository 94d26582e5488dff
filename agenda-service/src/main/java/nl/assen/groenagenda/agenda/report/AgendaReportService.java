package nl.assen.groenagenda.agenda.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.assen.groenagenda.agenda.item.AgendaItem;
import nl.assen.groenagenda.agenda.item.AgendaItemRepository;
import nl.assen.groenagenda.agenda.item.Caller;
import nl.assen.groenagenda.agenda.item.Cost;
import nl.assen.groenagenda.agenda.item.ItemQuery;
import nl.assen.groenagenda.agenda.item.ReferenceData;
import nl.assen.groenagenda.agenda.lifecycle.Coverage;
import nl.assen.groenagenda.agenda.lifecycle.Status;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Builds the council's overview of the agenda from the items that match the filters, once, so that
 * the API's JSON and every file format show the same figures. An item's amount in a year is the sum of
 * its costs in that year (operating and investment, recurring and one-off), in exact euros.
 */
@Service
class AgendaReportService {

    static final int MAX_ITEMS = 20_000;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("nl-NL"));

    /** Years shown: the given range, else every year in which a selected item has costs. */
    record YearRange(Integer from, Integer to) {
    }

    private final AgendaItemRepository items;
    private final ReferenceData reference;

    AgendaReportService(AgendaItemRepository items, ReferenceData reference) {
        this.items = items;
        this.reference = reference;
    }

    Mono<AgendaReport> build(Caller caller, ItemQuery query, YearRange range) {
        return Mono.zip(reference.get(), items.all(query, MAX_ITEMS + 1)).map(both -> {
            ReferenceData.Values values = both.getT1();
            List<AgendaItem> selected = both.getT2();
            if (selected.size() > MAX_ITEMS) {
                throw new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "too-many-items", "Te veel agendapunten",
                        "De selectie bevat meer dan " + MAX_ITEMS + " agendapunten; verfijn de filters."));
            }
            List<String> themeOrder = List.copyOf(values.themeNames().keySet());
            List<AgendaItem> ordered = new ArrayList<>(selected);
            ordered.sort(Comparator.comparingInt((AgendaItem item) -> themeOrder.indexOf(item.content().theme()))
                    .thenComparing(item -> item.content().title(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(AgendaItem::id));
            List<Integer> years = years(ordered, range);
            List<AgendaReport.Row> rows = new ArrayList<>();
            Map<String, Map<Integer, BigDecimal>> perTheme = new LinkedHashMap<>();
            Map<Integer, BigDecimal> yearTotals = zeros(years);
            for (AgendaItem item : ordered) {
                Map<Integer, BigDecimal> amounts = zeros(years);
                for (Cost cost : item.content().costs()) {
                    amounts.computeIfPresent(cost.year(), (year, sum) -> sum.add(cost.amount()));
                }
                String theme = values.themeNames().get(item.content().theme());
                Map<Integer, BigDecimal> themeSums = perTheme.computeIfAbsent(theme, name -> zeros(years));
                amounts.forEach((year, amount) -> {
                    themeSums.merge(year, amount, BigDecimal::add);
                    yearTotals.merge(year, amount, BigDecimal::add);
                });
                rows.add(new AgendaReport.Row(item.id(), item.content().title(), theme, item.content().districts(),
                        item.content().department(), item.status().label(), item.trafficLight().label(),
                        Coverage.label(item.coverage(), item.kaderbriefYear()), amounts, sum(amounts), item.example()));
            }
            List<AgendaReport.ThemeTotal> themeTotals = perTheme.entrySet().stream()
                    .map(theme -> new AgendaReport.ThemeTotal(theme.getKey(), theme.getValue(), sum(theme.getValue())))
                    .toList();
            Instant latest = ordered.stream().map(AgendaItem::updatedAt).max(Comparator.naturalOrder())
                    .map(OffsetDateTime::toInstant).orElse(null);
            String source = "Uitvoeringsagenda (agenda-service): " + rows.size()
                    + (rows.size() == 1 ? " agendapunt" : " agendapunten")
                    + (latest == null ? "" : ", laatst gewijzigd op " + DUTCH_TIME.format(latest.atZone(AMSTERDAM)));
            return new AgendaReport("Uitvoeringsagenda Groenvisie Assen 2040 en Visie Klimaatadaptatie", Instant.now(),
                    caller.name(), filters(caller, query, values, years, range), source,
                    rows.stream().anyMatch(AgendaReport.Row::example), years, rows, themeTotals, yearTotals,
                    sum(yearTotals));
        });
    }

    private static List<Integer> years(List<AgendaItem> items, YearRange range) {
        if (range.from() != null && range.to() != null) {
            List<Integer> years = new ArrayList<>();
            for (int year = range.from(); year <= range.to(); year++) {
                years.add(year);
            }
            return years;
        }
        TreeSet<Integer> present = items.stream().flatMap(item -> item.content().costs().stream()).map(Cost::year)
                .filter(year -> (range.from() == null || year >= range.from()) && (range.to() == null || year <= range.to()))
                .collect(Collectors.toCollection(TreeSet::new));
        if (present.isEmpty()) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int year = present.first(); year <= present.last(); year++) {
            years.add(year);
        }
        return years;
    }

    private static Map<String, String> filters(Caller caller, ItemQuery query, ReferenceData.Values values,
                                               List<Integer> years, YearRange range) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (!caller.seesAllDepartments()) {
            filters.put("Inzage", "agendapunten van afdeling " + caller.department());
        }
        if (!query.kaderbriefYears().isEmpty()) {
            filters.put("Kaderbrief", join(query.kaderbriefYears().stream().map(String::valueOf).toList()));
        }
        if (!query.themes().isEmpty()) {
            filters.put("Thema", join(query.themes().stream().map(values.themeNames()::get).toList()));
        }
        if (!query.statuses().isEmpty()) {
            filters.put("Status", join(query.statuses().stream().map(Status::label).toList()));
        }
        if (!query.districts().isEmpty()) {
            filters.put("Wijk", join(List.copyOf(query.districts())));
        }
        if (!query.departments().isEmpty()) {
            filters.put("Afdeling", join(List.copyOf(query.departments())));
        }
        if (query.q() != null) {
            filters.put("Zoekterm", query.q());
        }
        if ((range.from() != null || range.to() != null) && !years.isEmpty()) {
            filters.put("Jaren", years.get(0) + " t/m " + years.get(years.size() - 1));
        }
        return filters;
    }

    private static String join(List<String> values) {
        return String.join(", ", values);
    }

    private static Map<Integer, BigDecimal> zeros(List<Integer> years) {
        Map<Integer, BigDecimal> amounts = new LinkedHashMap<>();
        years.forEach(year -> amounts.put(year, BigDecimal.ZERO.setScale(2)));
        return amounts;
    }

    private static BigDecimal sum(Map<Integer, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
