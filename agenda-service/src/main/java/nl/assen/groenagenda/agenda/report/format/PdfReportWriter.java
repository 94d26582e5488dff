package nl.assen.groenagenda.agenda.report.format;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import javax.xml.transform.TransformerException;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The overview as PDF/A-2b, the archival PDF the council's documents must be in: fonts embedded (Liberation
 * Sans, shipped in {@code resources/fonts}), XMP metadata that repeats the Info dictionary, an sRGB output
 * intent, no transparency, no encryption. Amounts are shown in thousands of euros, as council documents do.
 * PDFBox keeps the whole document in memory until it is saved; for the sizes of the agenda that is fine.
 */
public final class PdfReportWriter implements ReportWriter {

    static final String CREATOR_TOOL = "Groenagenda agenda-service";
    static final String PRODUCER = "Apache PDFBox";
    private static final String SRGB = "sRGB IEC61966-2.1";

    // Read once: the bytes are immutable and every document embeds its own subset of them.
    private static final byte[] REGULAR = resource("/fonts/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = resource("/fonts/LiberationSans-Bold.ttf");
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Up to this many year columns the table fits A4 landscape at a readable size; beyond it A3. */
    static final int MAX_YEARS_ON_A4 = 10;

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void write(AgendaReport report, OutputStream out) throws IOException {
        // The fonts are subset when the document is saved, so they stay open until then.
        try (TrueTypeFont regularFont = font(REGULAR); TrueTypeFont boldFont = font(BOLD);
             PDDocument document = new PDDocument()) {
            document.setVersion(1.7f);
            PDFont regular = PDType0Font.load(document, regularFont, true);
            PDFont bold = PDType0Font.load(document, boldFont, true);
            PDRectangle a4OrA3 = report.years().size() > MAX_YEARS_ON_A4 ? PDRectangle.A3 : PDRectangle.A4;
            PDRectangle landscape = new PDRectangle(a4OrA3.getHeight(), a4OrA3.getWidth());
            new PdfTable(document, landscape, regular, bold, report).render();
            archival(document, report);
            // PDFBox closes the stream it saves to; the caller's stream must stay open.
            document.save(new NonClosingOutputStream(out));
        }
    }

    /** What makes the file PDF/A-2b beyond the embedded fonts: matching Info and XMP, and the output intent. */
    private static void archival(PDDocument document, AgendaReport report) throws IOException {
        Calendar created = GregorianCalendar.from(
                report.generatedAt().truncatedTo(ChronoUnit.SECONDS).atZone(DutchFormat.AMSTERDAM));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title());
        info.setCreator(CREATOR_TOOL);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
        boolean hasAuthor = report.generatedBy() != null && !report.generatedBy().isBlank();
        if (hasAuthor) {
            info.setAuthor(report.generatedBy());
        }

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(report.title());
        dublinCore.setFormat("application/pdf");
        if (hasAuthor) {
            dublinCore.addCreator(report.generatedBy());
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setCreatorTool(CREATOR_TOOL);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            pdfa.setPart(2);
            pdfa.setConformance("B");
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("Kon de PDF/A-metadata niet maken", e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        catalog.setMetadata(metadata);
        catalog.setLanguage("nl-NL");

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * Without glyph substitution: Dutch text needs no ligatures, PDFBox would otherwise compile regular
     * expressions for every word it shows (four times slower overall), and the embedded subset drops the
     * GSUB table anyway.
     */
    private static TrueTypeFont font(byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Lettertype ontbreekt op het classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
