package nl.assen.groenagenda.agenda.report.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

    private final PdfReportWriter writer = new PdfReportWriter();

    @Test
    void pageOneHasTheTitleBlockAndTheRoundedTotalsWithTheRoundingNote() throws IOException {
        AgendaReport report = ReportFixtures.small();
        try (PDDocument pdf = Loader.loadPDF(write(report))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains(report.title())
                    .contains("Gemaakt op " + ReportFixtures.GENERATED_AT_DUTCH + " door j.jansen")
                    .contains("Bron: " + report.source())
                    .contains("Filters: Thema: Groen, Klimaatadaptatie, Water; Status: Gepland")
                    .contains("Bevat voorbeelddata (de uitvoeringsagenda zoals voorgesteld)")
                    .contains("Bedragen x € 1.000; door afronding kunnen totalen afwijken van de som van de regels.");
            // Bomen: 125 000 | 1 249,50 | 0 | 500 | 0, total 126 749,50: each rounded half up on its own.
            assertThat(text).contains("125 1 0 1 0 127");
            assertThat(text).contains(grandTotalLine(report));
            for (AgendaReport.ThemeTotal theme : report.themeTotals()) {
                assertThat(text).contains("Totaal per thema " + theme.theme() + " " + thousandsLine(report,
                        theme.amounts(), theme.total()));
            }
        }
    }

    @Test
    void withoutFiltersItSaysFiltersGeen() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(ReportFixtures.unfiltered()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Filters: geen").doesNotContain("voorbeelddata");
        }
    }

    @Test
    void everyPageOfALongReportRepeatsTheHeaderAndNumbersItself() throws IOException {
        AgendaReport report = ReportFixtures.large(300, 5);
        try (PDDocument pdf = Loader.loadPDF(write(report))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A4 liggend").isCloseTo(842f,
                    offset(1f));
            String header = "Titel Thema Wijken Afdeling Status Stoplicht Dekking 2026 2027 2028 2029 2030 Totaal";
            for (int page = 1; page <= pages; page++) {
                String text = pageText(pdf, page);
                assertThat(text).as("pagina %d", page).contains(header)
                        .contains("Pagina " + page + " van " + pages)
                        .contains("Gemaakt op " + ReportFixtures.GENERATED_AT_DUTCH);
            }
            String last = pageText(pdf, pages);
            assertThat(last).contains(grandTotalLine(report));
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("Maatregel 300 ");
        }
    }

    @Test
    void longTitlesAreWrappedOnTwoLinesAndThenCutWithAnEllipsis() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(ReportFixtures.small()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Wadi's Pittelo en Noorderpark").contains("…")
                    .doesNotContain("beletselteken");
        }
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksInsteadOfBreakingTheExport() throws IOException {
        AgendaReport small = ReportFixtures.small();
        AgendaReport.Row first = small.rows().get(0);
        AgendaReport.Row odd = new AgendaReport.Row(first.id(), "Boom \uD83C\uDF33 bij 市役所\tAssen", first.theme(),
                first.districts(), first.department(), first.status(), first.trafficLight(), first.coverage(),
                first.amounts(), first.total(), false);
        List<AgendaReport.Row> rows = new ArrayList<>(small.rows());
        rows.set(0, odd);
        AgendaReport report = new AgendaReport(small.title(), small.generatedAt(), small.generatedBy(),
                small.filters(), small.source(), small.containsExamples(), small.years(), rows, small.themeTotals(),
                small.yearTotals(), small.grandTotal());
        try (PDDocument pdf = Loader.loadPDF(write(report))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Boom ? bij ??? Assen");
        }
    }

    @Test
    void moreThanTenYearsGoesOnA3Landscape() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(ReportFixtures.large(20, 11)))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(1191f,
                    offset(1f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(842f,
                    offset(1f));
        }
    }

    @Test
    void declaresPdfA2bInXmpMatchingTheInfoDictionary() throws Exception {
        AgendaReport report = ReportFixtures.small();
        try (PDDocument pdf = Loader.loadPDF(write(report))) {
            XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().exportXMPMetadata());
            PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
            assertThat(pdfa.getPart()).isEqualTo(2);
            assertThat(pdfa.getConformance()).isEqualTo("B");
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertThat(dc.getTitle()).isEqualTo(report.title()).isEqualTo(pdf.getDocumentInformation().getTitle());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            assertThat(basic.getCreateDate().toInstant()).isEqualTo(ReportFixtures.GENERATED_AT)
                    .isEqualTo(pdf.getDocumentInformation().getCreationDate().toInstant());
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(pdf.isEncrypted()).isFalse();
        }
    }

    @Test
    void everyFontOnEveryPageIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(ReportFixtures.large(300, 5)))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as("%s is ingebed", font.getName()).isTrue();
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("LiberationSans"));
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        CsvReportWriterTest.ClosingSpy out = new CsvReportWriterTest.ClosingSpy();
        writer.write(ReportFixtures.small(), out);
        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    static byte[] write(AgendaReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(report, out);
        return out.toByteArray();
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** "Totaal 1.389 752 ... 2.534": the grand total row, each figure rounded from the exact total. */
    private static String grandTotalLine(AgendaReport report) {
        return "Totaal " + thousandsLine(report, report.yearTotals(), report.grandTotal());
    }

    private static String thousandsLine(AgendaReport report, Map<Integer, BigDecimal> amounts,
                                        BigDecimal total) {
        List<String> figures = new ArrayList<>();
        for (Integer year : report.years()) {
            figures.add(DutchFormat.thousands(amounts.get(year)));
        }
        figures.add(DutchFormat.thousands(total));
        return String.join(" ", figures);
    }
}
