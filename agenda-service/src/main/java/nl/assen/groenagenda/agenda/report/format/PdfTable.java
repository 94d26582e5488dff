package nl.assen.groenagenda.agenda.report.format;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays the report out on pages: the title block on page 1, the table with its header repeated on every
 * page, the totals, the rounding note, and then a footer with "Pagina n van N" once N is known.
 * One instance per document; not thread-safe, and it need not be.
 */
final class PdfTable {

    private static final float MARGIN = 28f;
    private static final float FOOTER_HEIGHT = 18f;
    private static final float SIZE = 7f;
    private static final float LEADING = SIZE * 1.2f;
    private static final float PADDING = 2.5f;
    private static final float ASCENT = SIZE * 0.8f;
    private static final int MAX_LINES = 2;
    private static final float AMOUNT_GAP = 6f;
    private static final float MAX_TEXT_SHARE = 0.12f;
    private static final float MIN_TITLE_SHARE = 0.25f;
    private static final float[] HEADER_FILL = {0.867f, 0.922f, 0.969f};
    private static final float[] TOTAL_FILL = {0.93f, 0.93f, 0.93f};

    private final PDDocument document;
    private final PDRectangle pageSize;
    private final PdfText regular;
    private final PdfText bold;
    private final AgendaReport report;
    private final float[] widths;
    private final List<String> headers;
    private final int textColumns = ReportLayout.TEXT_HEADERS.size();

    private PDPageContentStream content;
    private float y;

    PdfTable(PDDocument document, PDRectangle pageSize, PDFont regular, PDFont bold, AgendaReport report)
            throws IOException {
        this.document = document;
        this.pageSize = pageSize;
        this.regular = new PdfText(regular);
        this.bold = new PdfText(bold);
        this.report = report;
        this.headers = ReportLayout.headers(report);
        this.widths = columnWidths();
    }

    void render() throws IOException {
        try {
            newPage();
            titleBlock();
            header();
            for (AgendaReport.Row row : report.rows()) {
                List<String> cells = new ArrayList<>(headers.size());
                cells.addAll(ReportLayout.textCells(row));
                addThousands(cells, row.amounts(), row.total());
                row(cells, regular, null);
            }
            for (ReportLayout.TotalLine total : ReportLayout.totalLines(report)) {
                List<String> cells = new ArrayList<>(headers.size());
                cells.add(total.label());
                cells.add(total.theme());
                for (int c = 2; c < textColumns; c++) {
                    cells.add("");
                }
                addThousands(cells, total.amounts(), total.total());
                row(cells, bold, TOTAL_FILL);
            }
            note();
        } finally {
            if (content != null) {
                content.close();
            }
        }
        footers();
    }

    private void addThousands(List<String> cells, Map<Integer, BigDecimal> amounts, BigDecimal total) {
        for (Integer year : report.years()) {
            cells.add(DutchFormat.thousands(ReportLayout.amountIn(amounts, year)));
        }
        cells.add(DutchFormat.thousands(total));
    }

    /**
     * Every amount column as wide as its widest figure; the other text columns as wide as their content
     * needs but no narrower than their longest word (no word is split) and no wider than a share of the
     * page; the title takes what is left, and at least a quarter of the room for text.
     */
    private float[] columnWidths() throws IOException {
        float[] result = new float[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            result[c] = bold.width(headers.get(c), SIZE);
        }
        float[] longestWord = new float[textColumns];
        for (AgendaReport.Row row : report.rows()) {
            List<String> texts = ReportLayout.textCells(row);
            for (int c = 1; c < textColumns; c++) {
                String text = regular.printable(texts.get(c));
                result[c] = Math.max(result[c], regular.width(text, SIZE));
                for (String word : text.split(" ")) {
                    longestWord[c] = Math.max(longestWord[c], regular.width(word, SIZE));
                }
            }
            widenForAmounts(result, regular, row.amounts(), row.total());
        }
        for (ReportLayout.TotalLine total : ReportLayout.totalLines(report)) {
            result[1] = Math.max(result[1], bold.width(bold.printable(total.theme()), SIZE));
            widenForAmounts(result, bold, total.amounts(), total.total());
        }
        float room = pageSize.getWidth() - 2 * MARGIN;
        for (int c = textColumns; c < headers.size(); c++) {
            // Figures of neighbouring years must not read as one number.
            result[c] += 2 * PADDING + AMOUNT_GAP;
            room -= result[c];
        }
        float others = 0;
        for (int c = 1; c < textColumns; c++) {
            float wanted = Math.min(result[c], Math.max(longestWord[c], MAX_TEXT_SHARE * room));
            result[c] = wanted + 2 * PADDING;
            others += result[c];
        }
        float minimumTitle = MIN_TITLE_SHARE * room;
        if (room - others < minimumTitle) {
            // A very wide report: the other columns give way, at the price of breaking some words.
            float scale = (room - minimumTitle) / others;
            others = 0;
            for (int c = 1; c < textColumns; c++) {
                result[c] *= scale;
                others += result[c];
            }
        }
        result[0] = room - others;
        return result;
    }

    private void widenForAmounts(float[] widths, PdfText font, Map<Integer, BigDecimal> amounts, BigDecimal total)
            throws IOException {
        int c = textColumns;
        for (Integer year : report.years()) {
            widths[c] = Math.max(widths[c], font.width(DutchFormat.thousands(ReportLayout.amountIn(amounts, year)), SIZE));
            c++;
        }
        widths[c] = Math.max(widths[c], font.width(DutchFormat.thousands(total), SIZE));
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = pageSize.getHeight() - MARGIN;
    }

    private float bottom() {
        return MARGIN + FOOTER_HEIGHT;
    }

    private void titleBlock() throws IOException {
        float width = pageSize.getWidth() - 2 * MARGIN;
        line(bold, 14f, report.title(), width);
        y -= 4;
        for (ReportLayout.InfoLine info : ReportLayout.infoLines(report)) {
            line(info.label() == null ? bold : regular, 8f, info.sentence(), width);
        }
        line(regular, 8f, "Bedragen x € 1.000", width);
        y -= 8;
    }

    private void note() throws IOException {
        if (y - 16 < bottom()) {
            newPage();
        }
        y -= 6;
        line(regular, SIZE, ReportLayout.THOUSANDS_NOTE, pageSize.getWidth() - 2 * MARGIN);
    }

    /** One line of free text at the cursor, in a single line's height, cut with an ellipsis if too long. */
    private void line(PdfText font, float size, String text, float width) throws IOException {
        String fitted = font.truncate(text, size, width);
        y -= size * 1.25f;
        content.beginText();
        content.setFont(font.font(), size);
        content.newLineAtOffset(MARGIN, y);
        content.showText(fitted);
        content.endText();
    }

    private void header() throws IOException {
        row(headers, bold, HEADER_FILL);
    }

    /** Draws one table row, starting a new page (with the header) when it no longer fits. */
    private void row(List<String> cells, PdfText font, float[] fill) throws IOException {
        List<List<String>> lines = new ArrayList<>(cells.size());
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cellLines = c < textColumns
                    ? font.wrap(cells.get(c), SIZE, widths[c] - 2 * PADDING, MAX_LINES)
                    : List.of(font.printable(cells.get(c)));
            lines.add(cellLines);
            height = Math.max(height, cellLines.size());
        }
        float rowHeight = height * LEADING + 2 * PADDING;
        if (y - rowHeight < bottom()) {
            newPage();
            if (fill != HEADER_FILL) {
                header();
            }
        }
        float top = y;
        float left = MARGIN;
        float tableWidth = pageSize.getWidth() - 2 * MARGIN;
        if (fill != null) {
            content.setNonStrokingColor(fill[0], fill[1], fill[2]);
            content.addRect(left, top - rowHeight, tableWidth, rowHeight);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        content.beginText();
        content.setFont(font.font(), SIZE);
        float x = left;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cellLines = lines.get(c);
            for (int i = 0; i < cellLines.size(); i++) {
                String text = cellLines.get(i);
                if (text.isEmpty()) {
                    continue;
                }
                float textX = c < textColumns
                        ? x + PADDING
                        : x + widths[c] - PADDING - font.width(text, SIZE);
                float baseline = top - PADDING - ASCENT - i * LEADING;
                content.setTextMatrix(Matrix.getTranslateInstance(textX, baseline));
                content.showText(text);
            }
            x += widths[c];
        }
        content.endText();
        content.setStrokingColor(0.75f, 0.75f, 0.75f);
        content.setLineWidth(0.4f);
        content.moveTo(left, top - rowHeight);
        content.lineTo(left + tableWidth, top - rowHeight);
        content.stroke();
        y = top - rowHeight;
    }

    /** The page count is known only now, so every page gets its footer appended afterwards. */
    private void footers() throws IOException {
        int pages = document.getNumberOfPages();
        String made = "Gemaakt op " + DutchFormat.dateTime(report.generatedAt());
        float width = pageSize.getWidth() - 2 * MARGIN;
        String title = regular.truncate(report.title() + " - " + made, SIZE, width * 0.7f);
        for (int n = 1; n <= pages; n++) {
            PDPage page = document.getPage(n - 1);
            try (PDPageContentStream footer = new PDPageContentStream(
                    document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String pageText = "Pagina " + n + " van " + pages;
                float baseline = MARGIN;
                footer.setNonStrokingColor(0f, 0f, 0f);
                footer.beginText();
                footer.setFont(regular.font(), SIZE);
                footer.newLineAtOffset(MARGIN, baseline);
                footer.showText(title);
                footer.endText();
                footer.beginText();
                footer.setFont(regular.font(), SIZE);
                footer.newLineAtOffset(MARGIN + width - regular.width(pageText, SIZE), baseline);
                footer.showText(pageText);
                footer.endText();
            }
        }
    }
}
