package nl.assen.groenagenda.agenda.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import nl.assen.groenagenda.agenda.report.format.ReportAssertions.ReadRow;
import org.junit.jupiter.api.Test;

class OdsReportWriterTest {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private final OdsReportWriter writer = new OdsReportWriter();

    @Test
    void theFirstEntryIsTheMimetypeStoredUncompressedWithoutExtraField() throws IOException {
        byte[] ods = write(ReportFixtures.small());

        // The local file header, read byte for byte as an ODF reader sniffing the type does.
        ByteBuffer header = ByteBuffer.wrap(ods).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(0)).isEqualTo(0x04034b50);
        assertThat(header.getShort(8)).as("compression method STORED").isZero();
        int nameLength = header.getShort(26);
        assertThat(header.getShort(28)).as("extra field length").isZero();
        assertThat(new String(ods, 30, nameLength, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(ods, 30 + nameLength, 46, StandardCharsets.US_ASCII))
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(entryNames(ods)).containsExactly("mimetype", "META-INF/manifest.xml", "meta.xml", "styles.xml",
                "content.xml");
    }

    @Test
    void metaXmlNamesTheGeneratorTitleAndCreationDate() throws IOException {
        String meta = XlsxReportWriterTest.entry(write(ReportFixtures.small()), "meta.xml");

        assertThat(meta).contains("<meta:generator>Groenagenda agenda-service</meta:generator>")
                .contains("<dc:title>" + ReportFixtures.small().title() + "</dc:title>")
                .contains("<meta:creation-date>2026-11-30T13:05:00Z</meta:creation-date>");
    }

    @Test
    void sodsReadsTheMetadataHeaderRowsAndTotals() throws IOException {
        AgendaReport report = ReportFixtures.small();
        Object[][] values = readWithSods(write(report));

        assertThat(values[0][0]).isEqualTo(report.title());
        assertThat(values[1][0]).isEqualTo("Gemaakt op");
        assertThat(values[1][1]).isEqualTo(ReportFixtures.GENERATED_AT_DUTCH + " door j.jansen");
        assertThat(values[3][1]).isEqualTo("Thema: Groen, Klimaatadaptatie, Water; Status: Gepland");
        assertThat(values[4][0]).isEqualTo("Bevat voorbeelddata (de uitvoeringsagenda zoals voorgesteld)");
        int header = 6;
        assertThat(values[header]).startsWith("Titel", "Thema", "Wijken", "Afdeling", "Status", "Stoplicht",
                "Dekking", "2026");

        int textColumns = ReportLayout.TEXT_HEADERS.size();
        int columns = textColumns + report.years().size() + 1;
        List<ReadRow> body = new ArrayList<>();
        for (int r = header + 1; r < values.length; r++) {
            List<String> texts = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Object value = values[r][c];
                if (c < textColumns) {
                    texts.add(value == null ? "" : value.toString());
                } else {
                    // SODS hands floats over as double; the exact decimal is checked in content.xml below.
                    assertThat(value).isInstanceOf(Double.class);
                    amounts.add(BigDecimal.valueOf((Double) value));
                }
            }
            body.add(new ReadRow(texts, amounts));
        }
        ReportAssertions.assertBodyMatches(report, body, UnaryOperator.identity());
    }

    @Test
    void amountCellsCarryTheExactDecimalValueAndATwoDecimalGroupedStyle() throws Exception {
        AgendaReport report = ReportFixtures.small();
        String content = XlsxReportWriterTest.entry(write(report), "content.xml");

        List<String> values = floatValues(content);
        int perRow = report.years().size() + 1;
        assertThat(values).hasSize((report.rows().size() + report.themeTotals().size() + 1) * perRow);
        assertThat(values.subList(0, perRow))
                .containsExactly("125000.00", "1249.50", "0.00", "500.00", "0.00", "126749.50");
        assertThat(values.get(values.size() - 1)).isEqualTo(report.grandTotal().setScale(2).toPlainString());
        assertThat(content).contains("number:grouping=\"true\"").contains("number:decimal-places=\"2\"");
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

    private static Object[][] readWithSods(byte[] ods) throws IOException {
        SpreadSheet spreadsheet = new SpreadSheet(new ByteArrayInputStream(ods));
        Sheet sheet = spreadsheet.getSheet(0);
        Range range = sheet.getDataRange();
        return range.getValues();
    }

    private static List<String> entryNames(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static List<String> floatValues(String content) throws XMLStreamException {
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(content));
        List<String> values = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT
                    && "float".equals(xml.getAttributeValue(OFFICE, "value-type"))) {
                values.add(xml.getAttributeValue(OFFICE, "value"));
            }
        }
        return values;
    }
}
