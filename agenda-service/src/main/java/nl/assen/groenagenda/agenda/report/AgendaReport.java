package nl.assen.groenagenda.agenda.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The council's overview of the execution agenda, as one value that every format (JSON, CSV, XLSX,
 * ODS, PDF) is written from, so that their totals cannot disagree. Amounts are exact euros with cents;
 * only a format that shows "bedragen x EUR 1.000" rounds, and only when it writes a cell.
 *
 * @param title            the report's title, in Dutch
 * @param generatedAt      when it was made
 * @param generatedBy      who asked for it (the caller's user name)
 * @param filters          the filters applied, as Dutch label -> value, in display order; empty when none
 * @param source           from which data it was made, in Dutch (service, number of items, last change)
 * @param containsExamples whether any row is example data (the agenda as proposed), which must then be said
 * @param years            the year columns, ascending
 * @param rows             one per agenda item, in report order
 * @param themeTotals      one per theme that has rows, in theme order
 * @param yearTotals       per year of {@code years}: the sum over all rows
 * @param grandTotal       the sum of {@code yearTotals}
 */
public record AgendaReport(String title, Instant generatedAt, String generatedBy, Map<String, String> filters,
                           String source, boolean containsExamples, List<Integer> years, List<Row> rows,
                           List<ThemeTotal> themeTotals, Map<Integer, BigDecimal> yearTotals, BigDecimal grandTotal) {

    /**
     * One agenda item.
     *
     * @param amounts per year of the report's years (a year without costs holds 0.00)
     * @param total   the sum of {@code amounts}
     */
    public record Row(UUID id, String title, String theme, List<String> districts, String department,
                      String status, String trafficLight, String coverage, Map<Integer, BigDecimal> amounts,
                      BigDecimal total, boolean example) {
    }

    /** The rows of one theme summed: per year and in total. */
    public record ThemeTotal(String theme, Map<Integer, BigDecimal> amounts, BigDecimal total) {
    }
}
