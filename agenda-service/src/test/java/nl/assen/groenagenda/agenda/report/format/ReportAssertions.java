package nl.assen.groenagenda.agenda.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.assen.groenagenda.agenda.report.AgendaReport;

/** Checks a table read back from a file against the report it was written from. */
final class ReportAssertions {

    /** One table line as a format gave it back: the text columns, then the year amounts and the total. */
    record ReadRow(List<String> texts, List<BigDecimal> amounts) {
    }

    private ReportAssertions() {
    }

    /**
     * The lines under the header must be the report's rows, then one line per theme total, then the grand
     * total, with every amount equal to the report's exact amount.
     */
    static void assertBodyMatches(AgendaReport report, List<ReadRow> body, UnaryOperator<String> normalise) {
        assertThat(body).hasSize(report.rows().size() + report.themeTotals().size() + 1);
        int i = 0;
        for (AgendaReport.Row row : report.rows()) {
            ReadRow read = body.get(i++);
            assertThat(read.texts()).as("tekst van regel %d", i)
                    .containsExactlyElementsOf(ReportLayout.textCells(row).stream().map(normalise).toList());
            assertAmounts(read, report.years(), row.amounts(), row.total(), "regel " + i);
        }
        for (AgendaReport.ThemeTotal theme : report.themeTotals()) {
            ReadRow read = body.get(i++);
            assertThat(read.texts().subList(0, 2)).containsExactly("Totaal per thema", theme.theme());
            assertAmounts(read, report.years(), theme.amounts(), theme.total(), "thema " + theme.theme());
        }
        ReadRow grand = body.get(i);
        assertThat(grand.texts().get(0)).isEqualTo("Totaal");
        assertAmounts(grand, report.years(), report.yearTotals(), report.grandTotal(), "totaal");
    }

    private static void assertAmounts(ReadRow read, List<Integer> years, Map<Integer, BigDecimal> expected,
                                      BigDecimal total, String what) {
        assertThat(read.amounts()).as("aantal bedragen van %s", what).hasSize(years.size() + 1);
        for (int y = 0; y < years.size(); y++) {
            assertThat(read.amounts().get(y)).as("%s, %d", what, years.get(y))
                    .isEqualByComparingTo(expected.get(years.get(y)));
        }
        assertThat(read.amounts().get(years.size())).as("%s, totaal", what).isEqualByComparingTo(total);
    }
}
