package nl.assen.groenagenda.agenda.report.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measuring, wrapping and cutting text for one embedded font, for one document. PDF/A forbids showing a
 * glyph the font does not have, so such characters become "?" before anything is measured or drawn.
 * Glyph widths are cached per character: asking PDFBox for the width of every string was most of the
 * time of a large export.
 */
final class PdfText {

    private static final String ELLIPSIS = "…";
    private static final String REPLACEMENT = "?";
    /** Latin, punctuation, the euro sign and the ellipsis all lie below this code point. */
    private static final int CACHED = 0x2200;
    private static final float UNKNOWN = Float.NaN;
    private static final float NO_GLYPH = -1f;
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final PDFont font;
    private final float[] widths = new float[CACHED];

    PdfText(PDFont font) {
        this.font = font;
        Arrays.fill(widths, UNKNOWN);
    }

    PDFont font() {
        return font;
    }

    /** The width in points of text that went through {@link #printable}. */
    float width(String text, float size) throws IOException {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += glyphWidth(codePoint);
            i += Character.charCount(codePoint);
        }
        return units / 1000f * size;
    }

    /** Line breaks, tabs and other controls become spaces; characters without a glyph become "?". */
    String printable(String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String replacement = null;
            if (Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029) {
                replacement = " ";
            } else if (glyphWidth(codePoint) == NO_GLYPH) {
                replacement = REPLACEMENT;
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : text.substring(i, next));
            }
            i = next;
        }
        return out == null ? text.strip() : SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** The text on at most {@code maxLines} lines of {@code width}, the last cut with an ellipsis if needed. */
    List<String> wrap(String text, float size, float width, int maxLines) throws IOException {
        String rest = printable(text);
        List<String> lines = new ArrayList<>(maxLines);
        while (lines.size() < maxLines - 1 && width(rest, size) > width) {
            int end = breakAt(rest, size, width);
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        lines.add(fit(rest, size, width));
        return lines;
    }

    /** One line: the text itself if it fits, else cut with an ellipsis. */
    String truncate(String text, float size, float width) throws IOException {
        return fit(printable(text), size, width);
    }

    private String fit(String text, float size, float width) throws IOException {
        if (width(text, size) <= width) {
            return text;
        }
        float room = width - width(ELLIPSIS, size);
        float used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            float glyph = glyphWidth(codePoint) / 1000f * size;
            if (used + glyph > room) {
                break;
            }
            used += glyph;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The longest prefix that fits, broken after a space when there is one, else inside the word. */
    private int breakAt(String text, float size, float width) throws IOException {
        float used = 0;
        int fits = 0;
        int lastSpace = -1;
        while (fits < text.length()) {
            int codePoint = text.codePointAt(fits);
            float glyph = glyphWidth(codePoint) / 1000f * size;
            if (used + glyph > width) {
                break;
            }
            used += glyph;
            fits += Character.charCount(codePoint);
            if (codePoint == ' ') {
                lastSpace = fits;
            }
        }
        if (lastSpace > 0) {
            return lastSpace;
        }
        return Math.max(fits, Character.charCount(text.codePointAt(0)));
    }

    /** The glyph's advance in font units, or {@link #NO_GLYPH}. */
    private float glyphWidth(int codePoint) throws IOException {
        if (codePoint < CACHED && !Float.isNaN(widths[codePoint])) {
            return widths[codePoint];
        }
        float width;
        try {
            width = font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IllegalArgumentException e) {
            width = NO_GLYPH;
        }
        if (codePoint < CACHED) {
            widths[codePoint] = width;
        }
        return width;
    }
}
