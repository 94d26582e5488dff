package nl.assen.groenagenda.agenda.report.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.assen.groenagenda.agenda.report.AgendaReport;

/**
 * The overview as an OpenDocument spreadsheet (ODF 1.2), the open standard Dutch government must accept.
 * Written by hand: the ODF libraries for Java build the whole document in memory, while content.xml is
 * streamed here so thousands of rows cost no more than a buffer.
 */
public final class OdsReportWriter implements ReportWriter {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private static final String VERSION = "1.2";
    private static final String[] TEXT_WIDTHS = {"8cm", "3.5cm", "4cm", "3.5cm", "2.5cm", "2cm", "3cm"};

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "ods";
    }

    @Override
    public void write(AgendaReport report, OutputStream out) throws IOException {
        // A factory per call: StAX does not promise that a shared one is thread-safe.
        XMLOutputFactory factory = XMLOutputFactory.newFactory();
        ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
        try {
            mimetype(zip);
            entry(zip, factory, "META-INF/manifest.xml", OdsReportWriter::manifest);
            entry(zip, factory, "meta.xml", xml -> meta(xml, report));
            entry(zip, factory, "styles.xml", OdsReportWriter::styles);
            entry(zip, factory, "content.xml", xml -> content(xml, report));
            // finish, not close: close would close the caller's stream.
            zip.finish();
        } catch (XMLStreamException e) {
            throw new IOException("Kon het ODS-bestand niet schrijven", e);
        }
    }

    /** ODF readers detect the type from the first bytes, so mimetype comes first, uncompressed, without extras. */
    private static void mimetype(ZipOutputStream zip) throws IOException {
        byte[] bytes = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void entry(ZipOutputStream zip, XMLOutputFactory factory, String name, XmlBody body)
            throws IOException, XMLStreamException {
        zip.putNextEntry(new ZipEntry(name));
        // The JDK's StAX writer hands an OutputStream its UTF-8 one byte at a time, and the zip stream runs
        // the deflater for every write: without this buffer the export took four times as long.
        BufferedOutputStream buffered = new BufferedOutputStream(new NonClosingOutputStream(zip), 64 * 1024);
        XMLStreamWriter xml = factory.createXMLStreamWriter(buffered, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        body.write(xml);
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        buffered.flush();
        zip.closeEntry();
    }

    private static void manifest(XMLStreamWriter xml) throws XMLStreamException {
        xml.setPrefix("manifest", MANIFEST);
        xml.writeStartElement(MANIFEST, "manifest");
        xml.writeNamespace("manifest", MANIFEST);
        xml.writeAttribute(MANIFEST, "version", VERSION);
        fileEntry(xml, "/", MEDIA_TYPE, true);
        fileEntry(xml, "meta.xml", "text/xml", false);
        fileEntry(xml, "styles.xml", "text/xml", false);
        fileEntry(xml, "content.xml", "text/xml", false);
        xml.writeEndElement();
    }

    private static void fileEntry(XMLStreamWriter xml, String path, String mediaType, boolean root)
            throws XMLStreamException {
        xml.writeEmptyElement(MANIFEST, "file-entry");
        xml.writeAttribute(MANIFEST, "full-path", path);
        if (root) {
            xml.writeAttribute(MANIFEST, "version", VERSION);
        }
        xml.writeAttribute(MANIFEST, "media-type", mediaType);
    }

    private static void meta(XMLStreamWriter xml, AgendaReport report) throws XMLStreamException {
        xml.setPrefix("office", OFFICE);
        xml.setPrefix("meta", META);
        xml.setPrefix("dc", DC);
        xml.writeStartElement(OFFICE, "document-meta");
        xml.writeNamespace("office", OFFICE);
        xml.writeNamespace("meta", META);
        xml.writeNamespace("dc", DC);
        xml.writeAttribute(OFFICE, "version", VERSION);
        xml.writeStartElement(OFFICE, "meta");
        element(xml, META, "generator", "Groenagenda agenda-service");
        element(xml, DC, "title", report.title());
        element(xml, META, "initial-creator", report.generatedBy());
        element(xml, META, "creation-date", DateTimeFormatter.ISO_INSTANT.format(
                report.generatedAt().truncatedTo(ChronoUnit.SECONDS)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void styles(XMLStreamWriter xml) throws XMLStreamException {
        xml.setPrefix("office", OFFICE);
        xml.setPrefix("style", STYLE);
        xml.setPrefix("fo", FO);
        xml.writeStartElement(OFFICE, "document-styles");
        xml.writeNamespace("office", OFFICE);
        xml.writeNamespace("style", STYLE);
        xml.writeNamespace("fo", FO);
        xml.writeAttribute(OFFICE, "version", VERSION);
        xml.writeStartElement(OFFICE, "styles");
        xml.writeStartElement(STYLE, "default-style");
        xml.writeAttribute(STYLE, "family", "table-cell");
        xml.writeEmptyElement(STYLE, "text-properties");
        xml.writeAttribute(STYLE, "font-name", "Liberation Sans");
        xml.writeAttribute(FO, "font-size", "10pt");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void content(XMLStreamWriter xml, AgendaReport report) throws XMLStreamException {
        xml.setPrefix("office", OFFICE);
        xml.setPrefix("style", STYLE);
        xml.setPrefix("text", TEXT);
        xml.setPrefix("table", TABLE);
        xml.setPrefix("fo", FO);
        xml.setPrefix("number", NUMBER);
        xml.writeStartElement(OFFICE, "document-content");
        for (String[] ns : new String[][] {{"office", OFFICE}, {"style", STYLE}, {"text", TEXT}, {"table", TABLE},
                {"fo", FO}, {"number", NUMBER}}) {
            xml.writeNamespace(ns[0], ns[1]);
        }
        xml.writeAttribute(OFFICE, "version", VERSION);
        automaticStyles(xml);
        xml.writeStartElement(OFFICE, "body");
        xml.writeStartElement(OFFICE, "spreadsheet");
        xml.writeStartElement(TABLE, "table");
        xml.writeAttribute(TABLE, "name", "Uitvoeringsagenda");
        for (int c = 0; c < TEXT_WIDTHS.length; c++) {
            xml.writeEmptyElement(TABLE, "table-column");
            xml.writeAttribute(TABLE, "style-name", "co" + c);
        }
        xml.writeEmptyElement(TABLE, "table-column");
        xml.writeAttribute(TABLE, "style-name", "coAmount");
        xml.writeAttribute(TABLE, "number-columns-repeated", String.valueOf(report.years().size() + 1));

        xml.writeStartElement(TABLE, "table-row");
        textCell(xml, report.title(), "title");
        xml.writeEndElement();
        for (ReportLayout.InfoLine info : ReportLayout.infoLines(report)) {
            xml.writeStartElement(TABLE, "table-row");
            if (info.label() == null) {
                textCell(xml, info.value(), "bold");
            } else {
                textCell(xml, info.label(), null);
                textCell(xml, info.value(), null);
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(TABLE, "table-row");
        xml.writeEmptyElement(TABLE, "table-cell");
        xml.writeEndElement();

        // Header rows are what a spreadsheet prints again at the top of every page.
        xml.writeStartElement(TABLE, "table-header-rows");
        xml.writeStartElement(TABLE, "table-row");
        for (String header : ReportLayout.headers(report)) {
            textCell(xml, header, "header");
        }
        xml.writeEndElement();
        xml.writeEndElement();

        for (AgendaReport.Row row : report.rows()) {
            xml.writeStartElement(TABLE, "table-row");
            for (String cell : ReportLayout.textCells(row)) {
                textCell(xml, cell, null);
            }
            amounts(xml, report.years(), row.amounts(), row.total(), "amount");
            xml.writeEndElement();
        }
        for (ReportLayout.TotalLine total : ReportLayout.totalLines(report)) {
            xml.writeStartElement(TABLE, "table-row");
            textCell(xml, total.label(), "bold");
            textCell(xml, total.theme(), "bold");
            xml.writeEmptyElement(TABLE, "table-cell");
            xml.writeAttribute(TABLE, "number-columns-repeated", String.valueOf(ReportLayout.TEXT_HEADERS.size() - 2));
            amounts(xml, report.years(), total.amounts(), total.total(), "totalAmount");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void automaticStyles(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(OFFICE, "automatic-styles");
        xml.writeStartElement(NUMBER, "number-style");
        xml.writeAttribute(STYLE, "name", "N2");
        xml.writeEmptyElement(NUMBER, "number");
        xml.writeAttribute(NUMBER, "decimal-places", "2");
        xml.writeAttribute(NUMBER, "min-integer-digits", "1");
        xml.writeAttribute(NUMBER, "grouping", "true");
        xml.writeEndElement();
        for (int c = 0; c < TEXT_WIDTHS.length; c++) {
            columnStyle(xml, "co" + c, TEXT_WIDTHS[c]);
        }
        columnStyle(xml, "coAmount", "2.8cm");
        cellStyle(xml, "title", null, "14pt", false);
        cellStyle(xml, "bold", null, null, false);
        cellStyle(xml, "header", null, null, true);
        cellStyle(xml, "amount", "N2", null, false);
        cellStyle(xml, "totalAmount", "N2", null, false);
        xml.writeEndElement();
    }

    private static void columnStyle(XMLStreamWriter xml, String name, String width) throws XMLStreamException {
        xml.writeStartElement(STYLE, "style");
        xml.writeAttribute(STYLE, "name", name);
        xml.writeAttribute(STYLE, "family", "table-column");
        xml.writeEmptyElement(STYLE, "table-column-properties");
        xml.writeAttribute(STYLE, "column-width", width);
        xml.writeEndElement();
    }

    private static void cellStyle(XMLStreamWriter xml, String name, String dataStyle, String fontSize, boolean shaded)
            throws XMLStreamException {
        xml.writeStartElement(STYLE, "style");
        xml.writeAttribute(STYLE, "name", name);
        xml.writeAttribute(STYLE, "family", "table-cell");
        if (dataStyle != null) {
            xml.writeAttribute(STYLE, "data-style-name", dataStyle);
        }
        if (shaded) {
            xml.writeEmptyElement(STYLE, "table-cell-properties");
            xml.writeAttribute(FO, "background-color", "#ddebf7");
        }
        xml.writeEmptyElement(STYLE, "text-properties");
        // Plain amounts are the only style that is not bold.
        if (!"amount".equals(name)) {
            xml.writeAttribute(FO, "font-weight", "bold");
        }
        if (fontSize != null) {
            xml.writeAttribute(FO, "font-size", fontSize);
        }
        xml.writeEndElement();
    }

    private static void amounts(XMLStreamWriter xml, List<Integer> years, Map<Integer, BigDecimal> amounts,
                                BigDecimal total, String style) throws XMLStreamException {
        for (Integer year : years) {
            amountCell(xml, ReportLayout.amountIn(amounts, year), style);
        }
        amountCell(xml, total, style);
    }

    private static void amountCell(XMLStreamWriter xml, BigDecimal amount, String style) throws XMLStreamException {
        BigDecimal exact = amount.setScale(2, RoundingMode.HALF_UP);
        xml.writeStartElement(TABLE, "table-cell");
        xml.writeAttribute(TABLE, "style-name", style);
        xml.writeAttribute(OFFICE, "value-type", "float");
        xml.writeAttribute(OFFICE, "value", exact.toPlainString());
        element(xml, TEXT, "p", DutchFormat.amount(exact));
        xml.writeEndElement();
    }

    private static void textCell(XMLStreamWriter xml, String value, String style) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            xml.writeEmptyElement(TABLE, "table-cell");
            if (style != null) {
                xml.writeAttribute(TABLE, "style-name", style);
            }
            return;
        }
        xml.writeStartElement(TABLE, "table-cell");
        if (style != null) {
            xml.writeAttribute(TABLE, "style-name", style);
        }
        xml.writeAttribute(OFFICE, "value-type", "string");
        // A line break inside text:p is only whitespace in ODF; a paragraph per line keeps the lines.
        for (String line : value.split("\r\n|\r|\n", -1)) {
            element(xml, TEXT, "p", line);
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, not even escaped; a pasted title may contain them. */
    private static String xmlSafe(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder safe = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
            if (!allowed && safe == null) {
                safe = new StringBuilder(value.substring(0, i));
            }
            if (safe != null) {
                safe.append(allowed ? c : ' ');
            }
        }
        return safe == null ? value : safe.toString();
    }
}
