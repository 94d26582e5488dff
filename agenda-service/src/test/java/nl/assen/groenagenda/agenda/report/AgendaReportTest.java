package nl.assen.groenagenda.agenda.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import nl.assen.groenagenda.agenda.support.AgendaTest;
import nl.assen.groenagenda.agenda.support.Callers;
import nl.assen.groenagenda.agenda.support.Items;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The council export, end to end in this service: items created through the API, the report read as
 * JSON, and each file format read back by a library that parses it, with the same totals.
 */
class AgendaReportTest extends AgendaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int TEXT_COLUMNS = 7;

    private String marker;

    @BeforeEach
    void threeItemsOfTwoThemes() {
        marker = Items.unique("Rapport").substring(8);
        create("Speelweide rapport " + marker, "FLOODING", 2025, "60000.00", 2026, "1500.50");
        create("Schaduwbomen rapport " + marker, "HEAT", 2025, "12345.67", 2027, "999.99");
        create("Tweede wadi rapport " + marker, "FLOODING", 2026, "20000.00", 2027, "0.01");
    }

    private void create(String title, String theme, int year1, String amount1, int year2, String amount2) {
        ObjectNode body = Items.playMeadow(title);
        body.put("theme", theme);
        body.putArray("costs").add(cost(year1, amount1, false)).add(cost(year2, amount2, true));
        client.mutateWith(Callers.medewerker()).post().uri("/api/agenda/v1/agenda-items")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body.toString())
                .exchange().expectStatus().isCreated();
    }

    private static ObjectNode cost(int year, String amount, boolean recurring) {
        return MAPPER.createObjectNode().put("year", year).put("amount", new BigDecimal(amount))
                .put("recurring", recurring).put("kind", recurring ? "OPERATING" : "INVESTMENT");
    }

    private byte[] export(String format) {
        return client.mutateWith(Callers.griffie()).get()
                .uri("/api/agenda/v1/reports/agenda?format=" + format + "&q=" + marker)
                .exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
    }

    @Test
    void theJsonOverviewSumsPerItemPerThemeAndPerYear() throws Exception {
        JsonNode report = MAPPER.readTree(export("json"));
        assertThat(report.path("years").toString()).isEqualTo("[2025,2026,2027]");
        assertThat(report.path("rows")).hasSize(3);
        assertThat(report.path("yearTotals").path("2025").decimalValue()).isEqualByComparingTo("72345.67");
        assertThat(report.path("yearTotals").path("2026").decimalValue()).isEqualByComparingTo("21500.50");
        assertThat(report.path("yearTotals").path("2027").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(report.path("grandTotal").decimalValue()).isEqualByComparingTo("94846.17");
        assertThat(report.path("themeTotals")).extracting(theme -> theme.path("theme").asText())
                .containsExactly("Hitte", "Wateroverlast");
        assertThat(report.path("themeTotals").get(1).path("total").decimalValue()).isEqualByComparingTo("81500.51");
        assertThat(report.path("rows").get(0).path("coverage").asText()).isEqualTo("Nog niet bepaald");
        assertThat(report.path("generatedBy").asText()).isEqualTo("griffie");
        assertThat(report.path("source").asText()).contains("3 agendapunten");
        assertThat(report.path("filters").path("Zoekterm").asText()).isEqualTo(marker);
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndDutchDecimalsWithTheSameTotals() throws Exception {
        byte[] csv = export("csv");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();
        List<String> total = lastStartingWith(records.stream().map(CSVRecord::toList).toList(), "Totaal");
        assertThat(amounts(total, value -> new BigDecimal(value.replace(',', '.'))))
                .containsExactly(dec("72345.67"), dec("21500.50"), dec("1000.00"), dec("94846.17"));
    }

    @Test
    void xlsxHoldsTheExactAmountsAsNumbers() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export("xlsx")))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).getRawValue() == null ? "" : row.getCell(i).getRawValue());
                }
                rows.add(cells);
            }
            assertThat(amounts(lastStartingWith(rows, "Totaal"), BigDecimal::new))
                    .containsExactly(dec("72345.67"), dec("21500.50"), dec("1000.00"), dec("94846.17"));
        }
    }

    @Test
    void odsHoldsTheExactAmountsAsNumbers() throws Exception {
        SpreadSheet spreadsheet = new SpreadSheet(new ByteArrayInputStream(export("ods")));
        Sheet sheet = spreadsheet.getSheet(0);
        Range all = sheet.getDataRange();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < all.getNumRows(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < all.getNumColumns(); c++) {
                Object value = sheet.getRange(r, c).getValue();
                cells.add(value == null ? "" : value instanceof Double number ? BigDecimal.valueOf(number).toPlainString() : value.toString());
            }
            rows.add(cells);
        }
        assertThat(amounts(lastStartingWith(rows, "Totaal"), BigDecimal::new))
                .containsExactly(dec("72345.67"), dec("21500.50"), dec("1000.00"), dec("94846.17"));
    }

    @Test
    void pdfShowsTheTotalsInThousandsRoundedFromTheExactTotals() throws Exception {
        byte[] pdf = export("pdf");
        assertThat(new String(pdf, 0, 8, StandardCharsets.US_ASCII)).startsWith("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bedragen x € 1.000").contains(marker);
            NumberFormat dutch = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
            String totalLine = text.lines().filter(line -> line.startsWith("Totaal ")).reduce((a, b) -> b).orElseThrow();
            List<String> expected = List.of("72345.67", "21500.50", "1000.00", "94846.17").stream()
                    .map(amount -> dutch.format(new BigDecimal(amount).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)))
                    .toList();
            assertThat(totalLine.split("\\s+")).containsSubsequence(expected.toArray(String[]::new));
        }
    }

    @Test
    void downloadsAreNamedAttachmentsOfTheirType() {
        client.mutateWith(Callers.griffie()).get().uri("/api/agenda/v1/reports/agenda?format=ods&q=" + marker)
                .exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.oasis.opendocument.spreadsheet")
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition ->
                        assertThat(disposition).startsWith("attachment").contains(".ods"));
        client.mutateWith(Callers.griffie()).get().uri("/api/agenda/v1/reports/agenda?format=docx&fromYear=1900&theme=X")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(3);
    }

    @Test
    void staffExportOnlyTheirDepartmentAndTheExportSaysSo() throws Exception {
        JsonNode other = MAPPER.readTree(client.mutateWith(Callers.managerRo()).get()
                .uri("/api/agenda/v1/reports/agenda?q=" + marker)
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(other.path("rows")).isEmpty();
        assertThat(other.path("filters").path("Inzage").asText()).contains("ruimtelijke-ontwikkeling");
    }

    private static List<String> lastStartingWith(List<List<String>> rows, String first) {
        List<String> found = null;
        for (List<String> row : rows) {
            if (!row.isEmpty() && row.get(0).strip().equals(first)) {
                found = row;
            }
        }
        assertThat(found).as("a row starting with %s", first).isNotNull();
        return found;
    }

    private static List<BigDecimal> amounts(List<String> row, java.util.function.Function<String, BigDecimal> parse) {
        return row.subList(TEXT_COLUMNS, row.size()).stream().filter(cell -> !cell.isBlank())
                .map(cell -> parse.apply(cell.strip()).setScale(2, RoundingMode.HALF_UP)).toList();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
