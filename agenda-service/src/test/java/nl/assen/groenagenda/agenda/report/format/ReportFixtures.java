package nl.assen.groenagenda.agenda.report.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import nl.assen.groenagenda.agenda.report.AgendaReport.Row;
import nl.assen.groenagenda.agenda.report.AgendaReport.ThemeTotal;

/** Reports to write, with totals summed here the way the service sums them. */
final class ReportFixtures {

    /** 13:05 UTC on 30 November is 14:05 in Assen (CET). */
    static final Instant GENERATED_AT = Instant.parse("2026-11-30T13:05:00Z");
    static final String GENERATED_AT_DUTCH = "30 november 2026 14:05";

    private static final List<String> THEMES = List.of("Groen", "Klimaatadaptatie", "Water");

    private ReportFixtures() {
    }

    /** A few rows over three themes and five years, with the awkward characters a council title can have. */
    static AgendaReport small() {
        List<Integer> years = List.of(2026, 2027, 2028, 2029, 2030);
        List<Row> rows = List.of(
                row("Bomen \"Kloosterveen\"; fase 2", "Groen", List.of("Kloosterveen", "Marsdijk"), years,
                        "125000.00", "1249.50", "0.00", "500.00", "0.00"),
                row("Geveltuinen in de binnenstad\nmet bewoners", "Groen", List.of(), years,
                        "499.99", "1500.00", "2500.00", "0.00", "10000.00"),
                row("Wadi's Pittelo en Noorderpark, een erg lange titel die in de PDF over twee regels "
                                + "moet worden verdeeld, omdat de raad soms de hele strekking van een voorstel in de "
                                + "titel zet, met alle wijken, straten, partners, subsidies en voorwaarden erbij, en "
                                + "die daarna wordt afgekapt met een beletselteken", "Klimaatadaptatie",
                        List.of("Pittelo", "Noorderpark", "Assen-Oost"), years,
                        "1250000.00", "750000.00", "0.00", "0.00", "0.00"),
                row("Afkoppelen hemelwater Lariks", "Water", List.of("Lariks"), years,
                        "0.00", "0.00", "333333.33", "333333.33", "333333.34"),
                example(row("Blauwe zone Vredeveld (voorbeeld)", "Water", List.of("Vredeveld"), years,
                        "12345.67", "0.01", "-2500.00", "0.00", "999.50")));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("Thema", "Groen, Klimaatadaptatie, Water");
        filters.put("Status", "Gepland");
        return report(years, rows, filters, true);
    }

    /** The same kind of report without filters and without example data. */
    static AgendaReport unfiltered() {
        AgendaReport small = small();
        List<Row> rows = small.rows().stream().filter(row -> !row.example()).toList();
        return report(small.years(), rows, Map.of(), false);
    }

    /** Nothing matched the filters. */
    static AgendaReport empty() {
        return report(List.of(2026, 2027), List.of(), Map.of("Wijk", "Lariks"), false);
    }

    /** Many rows over many years, to make the PDF run over pages and to measure speed. */
    static AgendaReport large(int rowCount, int yearCount) {
        List<Integer> years = IntStream.range(0, yearCount).map(i -> 2026 + i).boxed().toList();
        List<Row> rows = new ArrayList<>(rowCount);
        for (int i = 0; i < rowCount; i++) {
            String[] amounts = new String[yearCount];
            for (int y = 0; y < yearCount; y++) {
                // Deterministic, uneven amounts with cents, some of them exactly on a rounding half.
                long cents = ((long) (i + 1) * 7919L * (y + 3)) % 250_000_000L;
                amounts[y] = (y + i) % 7 == 0 ? "0.00" : BigDecimal.valueOf(cents, 2).toPlainString();
            }
            String theme = THEMES.get(i % THEMES.size());
            String title = "Maatregel " + (i + 1) + (i % 5 == 0 ? " met een titel die zo lang is dat hij in "
                    + "de PDF over meerdere regels moet worden gezet, zoals raadsvoorstellen soms zijn" : "");
            rows.add(row(title, theme, i % 4 == 0 ? List.of() : List.of("Noord", "Pittelo"), years, amounts));
        }
        return report(years, rows, Map.of("Stoplicht", "Groen"), false);
    }

    private static Row row(String title, String theme, List<String> districts, List<Integer> years,
                           String... amounts) {
        Map<Integer, BigDecimal> perYear = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < years.size(); i++) {
            BigDecimal amount = new BigDecimal(amounts[i]);
            perYear.put(years.get(i), amount);
            total = total.add(amount);
        }
        return new Row(UUID.nameUUIDFromBytes(title.getBytes()), title, theme, districts, "Openbare ruimte",
                "Gepland", "Groen", "Gedekt in begroting", perYear, total, false);
    }

    private static Row example(Row row) {
        return new Row(row.id(), row.title(), row.theme(), row.districts(), row.department(), "Voorgesteld",
                "Oranje", "Niet gedekt", row.amounts(), row.total(), true);
    }

    private static AgendaReport report(List<Integer> years, List<Row> rows, Map<String, String> filters,
                                       boolean examples) {
        Map<String, Map<Integer, BigDecimal>> byTheme = new LinkedHashMap<>();
        Map<Integer, BigDecimal> yearTotals = new LinkedHashMap<>();
        years.forEach(year -> yearTotals.put(year, BigDecimal.ZERO.setScale(2)));
        for (String theme : THEMES) {
            if (rows.stream().anyMatch(row -> row.theme().equals(theme))) {
                Map<Integer, BigDecimal> zero = new LinkedHashMap<>();
                years.forEach(year -> zero.put(year, BigDecimal.ZERO.setScale(2)));
                byTheme.put(theme, zero);
            }
        }
        for (Row row : rows) {
            for (Integer year : years) {
                byTheme.get(row.theme()).merge(year, row.amounts().get(year), BigDecimal::add);
                yearTotals.merge(year, row.amounts().get(year), BigDecimal::add);
            }
        }
        List<ThemeTotal> themeTotals = byTheme.entrySet().stream()
                .map(e -> new ThemeTotal(e.getKey(), e.getValue(), sum(e.getValue())))
                .toList();
        return new AgendaReport("Uitvoeringsagenda Groenvisie en Visie Klimaatadaptatie 2026-2030", GENERATED_AT,
                "j.jansen", filters, "agenda-service, " + rows.size() + " maatregelen, laatst gewijzigd 28 november 2026",
                examples, years, rows, themeTotals, yearTotals, sum(yearTotals));
    }

    private static BigDecimal sum(Map<Integer, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
