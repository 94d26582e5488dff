package nl.assen.groenagenda.agenda.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import nl.assen.groenagenda.agenda.report.format.ReportAssertions.ReadRow;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {

    private final XlsxReportWriter writer = new XlsxReportWriter();

    @Test
    void metadataAndHeaderComeBeforeTheTable() throws IOException {
        List<Row> rows = read(write(ReportFixtures.small()));

        assertThat(rows.get(0).getCellText(0)).isEqualTo(ReportFixtures.small().title());
        assertThat(rows.get(1).getCellText(0)).isEqualTo("Gemaakt op");
        assertThat(rows.get(1).getCellText(1)).isEqualTo(ReportFixtures.GENERATED_AT_DUTCH + " door j.jansen");
        assertThat(rows.get(2).getCellText(0)).isEqualTo("Bron");
        assertThat(rows.get(3).getCellText(1)).isEqualTo("Thema: Groen, Klimaatadaptatie, Water; Status: Gepland");
        assertThat(rows.get(4).getCellText(0)).isEqualTo("Bevat voorbeelddata (de uitvoeringsagenda zoals voorgesteld)");
        Row header = headerRow(rows);
        List<String> headers = new ArrayList<>();
        header.forEach(cell -> headers.add(cell.getText()));
        assertThat(headers).containsExactly("Titel", "Thema", "Wijken", "Afdeling", "Status", "Stoplicht",
                "Dekking", "2026", "2027", "2028", "2029", "2030", "Totaal");
    }

    @Test
    void amountsAreNumericCellsWithExactValuesAndTheDutchReadableFormat() throws IOException {
        AgendaReport report = ReportFixtures.small();
        List<Row> rows = read(write(report));

        List<ReadRow> body = body(rows, report);
        ReportAssertions.assertBodyMatches(report, body, UnaryOperator.identity());
        Row first = rows.get(rows.indexOf(headerRow(rows)) + 1);
        Cell amount = first.getCell(7);
        assertThat(amount.getType()).isEqualTo(CellType.NUMBER);
        assertThat(amount.getRawValue()).isEqualTo("125000.00");
        assertThat(amount.getDataFormatString()).isEqualTo("#,##0.00");
        Cell grandTotal = rows.get(rows.size() - 1).getCell(7 + report.years().size());
        assertThat(grandTotal.getType()).isEqualTo(CellType.NUMBER);
        assertThat(grandTotal.getFormula()).isNull();
    }

    @Test
    void theSheetIsFrozenBelowTheHeader() throws IOException {
        String sheet = entry(write(ReportFixtures.unfiltered()), "xl/worksheets/sheet1.xml");

        // Unfiltered: title, three info lines, an empty line, then the header on row 6; row 7 scrolls.
        assertThat(sheet).contains("state=\"frozen\"").contains("topLeftCell=\"B7\"");
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        CsvReportWriterTest.ClosingSpy out = new CsvReportWriterTest.ClosingSpy();
        writer.write(ReportFixtures.small(), out);
        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    private byte[] write(AgendaReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toByteArray();
    }

    private static List<Row> read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static Row headerRow(List<Row> rows) {
        return rows.stream().filter(row -> "Titel".equals(row.getCellText(0))).findFirst().orElseThrow();
    }

    private static List<ReadRow> body(List<Row> rows, AgendaReport report) {
        int textColumns = ReportLayout.TEXT_HEADERS.size();
        int columns = textColumns + report.years().size() + 1;
        List<ReadRow> body = new ArrayList<>();
        for (Row row : rows.subList(rows.indexOf(headerRow(rows)) + 1, rows.size())) {
            List<String> texts = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                if (c < textColumns) {
                    texts.add(row.getCellText(c));
                } else {
                    assertThat(row.getCell(c).getType()).isEqualTo(CellType.NUMBER);
                    amounts.add(row.getCellAsNumber(c).orElseThrow());
                }
            }
            body.add(new ReadRow(texts, amounts));
        }
        return body;
    }

    /** Through ZipFile: fastexcel's data descriptors trip up ZipInputStream, not the central directory. */
    static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("rapport", ".zip");
        try {
            Files.write(file, zip);
            try (ZipFile zipFile = new ZipFile(file.toFile())) {
                ZipEntry entry = zipFile.getEntry(name);
                assertThat(entry).as("%s in het bestand", name).isNotNull();
                return new String(zipFile.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
