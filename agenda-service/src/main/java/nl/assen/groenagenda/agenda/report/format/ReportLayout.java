package nl.assen.groenagenda.agenda.report.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.assen.groenagenda.agenda.report.AgendaReport;

/**
 * What every format shows, in which order and with which Dutch words, so that the four files of one
 * report say the same thing. The formats only decide how it looks.
 */
final class ReportLayout {

    static final List<String> TEXT_HEADERS =
            List.of("Titel", "Thema", "Wijken", "Afdeling", "Status", "Stoplicht", "Dekking");
    static final String TOTAL_HEADER = "Totaal";
    static final String THEME_TOTAL_LABEL = "Totaal per thema";
    static final String GRAND_TOTAL_LABEL = "Totaal";
    static final String EXAMPLES_NOTE = "Bevat voorbeelddata (de uitvoeringsagenda zoals voorgesteld)";
    static final String THOUSANDS_NOTE =
            "Bedragen x € 1.000; door afronding kunnen totalen afwijken van de som van de regels.";

    private ReportLayout() {
    }

    /**
     * One line above the table. Spreadsheets put {@code label} and {@code value} in two cells, the PDF
     * prints the {@code sentence}; a line without a label is a single cell.
     */
    record InfoLine(String label, String value, String sentence) {
        static InfoLine single(String text) {
            return new InfoLine(null, text, text);
        }
    }

    /** A row below the items: a theme's total or the grand total, with the theme (if any) in the Thema column. */
    record TotalLine(String label, String theme, Map<Integer, BigDecimal> amounts, BigDecimal total) {
    }

    /** The lines under the title, in order: when and by whom, source, filters, and the example warning. */
    static List<InfoLine> infoLines(AgendaReport report) {
        List<InfoLine> lines = new ArrayList<>(4);
        String made = DutchFormat.dateTime(report.generatedAt()) + " door " + report.generatedBy();
        lines.add(new InfoLine("Gemaakt op", made, "Gemaakt op " + made));
        lines.add(new InfoLine("Bron", report.source(), "Bron: " + report.source()));
        String filters = filters(report.filters());
        lines.add(new InfoLine("Filters", filters, "Filters: " + filters));
        if (report.containsExamples()) {
            lines.add(InfoLine.single(EXAMPLES_NOTE));
        }
        return lines;
    }

    /** "Thema: Klimaatadaptatie; Wijk: Noord", or "geen". */
    static String filters(Map<String, String> filters) {
        if (filters == null || filters.isEmpty()) {
            return "geen";
        }
        return filters.entrySet().stream()
                .map(filter -> filter.getKey() + ": " + filter.getValue())
                .collect(Collectors.joining("; "));
    }

    static List<String> headers(AgendaReport report) {
        List<String> headers = new ArrayList<>(TEXT_HEADERS.size() + report.years().size() + 1);
        headers.addAll(TEXT_HEADERS);
        report.years().forEach(year -> headers.add(String.valueOf(year)));
        headers.add(TOTAL_HEADER);
        return headers;
    }

    /** The row's values for {@link #TEXT_HEADERS}, never null. */
    static List<String> textCells(AgendaReport.Row row) {
        return List.of(text(row.title()), text(row.theme()), DutchFormat.districts(row.districts()),
                text(row.department()), text(row.status()), text(row.trafficLight()), text(row.coverage()));
    }

    /** The theme totals and then the grand total. */
    static List<TotalLine> totalLines(AgendaReport report) {
        List<TotalLine> lines = new ArrayList<>(report.themeTotals().size() + 1);
        for (AgendaReport.ThemeTotal theme : report.themeTotals()) {
            lines.add(new TotalLine(THEME_TOTAL_LABEL, theme.theme(), theme.amounts(), theme.total()));
        }
        lines.add(new TotalLine(GRAND_TOTAL_LABEL, "", report.yearTotals(), report.grandTotal()));
        return lines;
    }

    /** A year the map does not mention has no costs, as the report promises. */
    static BigDecimal amountIn(Map<Integer, BigDecimal> amounts, Integer year) {
        BigDecimal amount = amounts == null ? null : amounts.get(year);
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
