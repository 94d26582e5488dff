package nl.assen.groenagenda.agenda.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/** When the filters match nothing, every format still writes a readable file with a zero total. */
class EmptyReportTest {

    private final AgendaReport empty = ReportFixtures.empty();

    @Test
    void csvEndsWithAZeroTotal() throws IOException {
        String csv = new String(write(new CsvReportWriter()), StandardCharsets.UTF_8);
        assertThat(csv).endsWith("\r\nTotaal;;;;;;;0,00;0,00;0,00\r\n");
    }

    @Test
    void xlsxHasTheHeaderAndAZeroTotal() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(write(new XlsxReportWriter())))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(rows.size() - 2).getCellText(0)).isEqualTo("Titel");
            assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("Totaal");
            assertThat(rows.get(rows.size() - 1).getCellAsNumber(9)).hasValueSatisfying(
                    total -> assertThat(total).isZero());
        }
    }

    @Test
    void odsIsReadable() throws IOException {
        Object[][] values = new SpreadSheet(new ByteArrayInputStream(write(new OdsReportWriter())))
                .getSheet(0).getDataRange().getValues();
        assertThat(values[values.length - 1][0]).isEqualTo("Totaal");
    }

    @Test
    void pdfHasOnePageWithTheHeaderAndAZeroTotal() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(new PdfReportWriter()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Titel Thema").contains("Totaal 0 0 0")
                    .contains("Filters: Wijk: Lariks");
        }
    }

    private byte[] write(ReportWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(empty, out);
        return out.toByteArray();
    }
}
