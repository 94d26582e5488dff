package nl.assen.groenagenda.agenda.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import nl.assen.groenagenda.agenda.report.format.ReportAssertions.ReadRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    private final CsvReportWriter writer = new CsvReportWriter();

    @Test
    void startsWithAByteOrderMarkAndEndsEveryLineWithCrLf() throws IOException {
        byte[] csv = write(ReportFixtures.small());

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).as("geen losse LF buiten een veld met quotes")
                .doesNotContain("\r").contains("\n");
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void metadataComesFirstThenAnEmptyLineThenTheTable() throws IOException {
        List<CSVRecord> records = parse(write(ReportFixtures.small()));

        assertThat(records.get(0).get(0)).isEqualTo(ReportFixtures.small().title());
        assertThat(records.get(1).values())
                .containsExactly("Gemaakt op", ReportFixtures.GENERATED_AT_DUTCH + " door j.jansen");
        assertThat(records.get(2).values()).containsExactly("Bron", ReportFixtures.small().source());
        assertThat(records.get(3).values())
                .containsExactly("Filters", "Thema: Groen, Klimaatadaptatie, Water; Status: Gepland");
        assertThat(records.get(4).values())
                .containsExactly("Bevat voorbeelddata (de uitvoeringsagenda zoals voorgesteld)");
        assertThat(records.get(5).values()).containsExactly("");
        assertThat(records.get(6).values()).containsExactly("Titel", "Thema", "Wijken", "Afdeling", "Status",
                "Stoplicht", "Dekking", "2026", "2027", "2028", "2029", "2030", "Totaal");
    }

    @Test
    void withoutFiltersOrExamplesItSaysGeenAndNoWarning() throws IOException {
        List<CSVRecord> records = parse(write(ReportFixtures.unfiltered()));

        assertThat(records.get(3).values()).containsExactly("Filters", "geen");
        assertThat(records.get(4).values()).containsExactly("");
        assertThat(records.get(5).get(0)).isEqualTo("Titel");
    }

    @Test
    void rowsThemeTotalsAndGrandTotalReadBackExactlyWithQuotedSeparatorsQuotesAndNewlines() throws IOException {
        AgendaReport report = ReportFixtures.small();
        List<CSVRecord> records = parse(write(report));

        List<ReadRow> body = body(records, report);
        ReportAssertions.assertBodyMatches(report, body, UnaryOperator.identity());
        assertThat(body.get(0).texts().get(0)).isEqualTo("Bomen \"Kloosterveen\"; fase 2");
        assertThat(body.get(1).texts().get(0)).isEqualTo("Geveltuinen in de binnenstad\nmet bewoners");
        assertThat(body.get(1).texts().get(2)).isEqualTo("Gemeentebreed");
    }

    @Test
    void amountsHaveADecimalCommaAndNoThousandsSeparator() throws IOException {
        String text = new String(write(ReportFixtures.small()), StandardCharsets.UTF_8);

        assertThat(text).contains(";125000,00;1249,50;0,00;500,00;0,00;126749,50\r\n");
        assertThat(text).contains(";-2500,00;");
    }

    @Test
    void aTitleThatLooksLikeAFormulaIsNotEvaluatedBySpreadsheets() throws IOException {
        AgendaReport small = ReportFixtures.small();
        AgendaReport.Row first = small.rows().get(0);
        AgendaReport.Row formula = new AgendaReport.Row(first.id(), "=HYPERLINK(\"http://x\")", first.theme(),
                first.districts(), first.department(), first.status(), first.trafficLight(), first.coverage(),
                first.amounts(), first.total(), false);
        List<AgendaReport.Row> rows = new ArrayList<>(small.rows());
        rows.set(0, formula);
        AgendaReport report = new AgendaReport(small.title(), small.generatedAt(), small.generatedBy(),
                small.filters(), small.source(), small.containsExamples(), small.years(), rows, small.themeTotals(),
                small.yearTotals(), small.grandTotal());

        List<CSVRecord> records = parse(write(report));

        assertThat(body(records, report).get(0).texts().get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        ClosingSpy out = new ClosingSpy();
        writer.write(ReportFixtures.small(), out);
        assertThat(out.closed).isFalse();
    }

    private byte[] write(AgendaReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setIgnoreEmptyLines(false).get();
        return format.parse(new StringReader(text)).getRecords();
    }

    private static List<ReadRow> body(List<CSVRecord> records, AgendaReport report) {
        int header = 0;
        while (!records.get(header).get(0).equals("Titel")) {
            header++;
        }
        int textColumns = ReportLayout.TEXT_HEADERS.size();
        List<ReadRow> body = new ArrayList<>();
        for (CSVRecord record : records.subList(header + 1, records.size())) {
            assertThat(record.size()).isEqualTo(textColumns + report.years().size() + 1);
            List<String> texts = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            for (int c = 0; c < record.size(); c++) {
                if (c < textColumns) {
                    texts.add(record.get(c));
                } else {
                    amounts.add(new BigDecimal(record.get(c).replace(',', '.')));
                }
            }
            body.add(new ReadRow(texts, amounts));
        }
        return body;
    }

    /** A stream that remembers whether the writer closed it. */
    static final class ClosingSpy extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
