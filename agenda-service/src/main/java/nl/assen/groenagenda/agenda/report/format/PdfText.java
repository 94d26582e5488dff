package nl.assen.groenagenda.agenda.report.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measuring, wrapping and cutting text for one embedded font. PDF/A forbids showing a glyph the font does
 * not have, so characters the font lacks become "?" before anything is measured or drawn.
 */
final class PdfText {

    private static final String ELLIPSIS = "…";
    private static final Pattern LINE_BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

    private final PDFont font;

    PdfText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Line breaks and tabs become spaces; characters without a glyph become "?". */
    String printable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String flat = LINE_BREAKS_AND_CONTROLS.matcher(text).replaceAll(" ").strip();
        if (encodable(flat)) {
            return flat;
        }
        StringBuilder out = new StringBuilder(flat.length());
        flat.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            out.append(encodable(ch) ? ch : "?");
        });
        return out.toString();
    }

    private boolean encodable(String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The text on at most {@code maxLines} lines of {@code width}, the last cut with an ellipsis if needed. */
    List<String> wrap(String text, float size, float width, int maxLines) throws IOException {
        String printable = printable(text);
        List<String> lines = new ArrayList<>(maxLines);
        if (printable.isEmpty()) {
            lines.add("");
            return lines;
        }
        if (width(printable, size) <= width) {
            lines.add(printable);
            return lines;
        }
        String rest = printable;
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (lines.size() == maxLines - 1) {
                lines.add(fit(rest, size, width));
                return lines;
            }
            int end = breakAt(rest, size, width);
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
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
        int end = text.length();
        while (end > 0 && width(text.substring(0, end).stripTrailing() + ELLIPSIS, size) > width) {
            end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The longest prefix that fits, broken after a space when there is one, else inside the word. */
    private int breakAt(String text, float size, float width) throws IOException {
        int fits = 0;
        int lastSpace = -1;
        for (int i = 1; i <= text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i - 1)) && i < text.length()) {
                continue;
            }
            if (width(text.substring(0, i), size) > width) {
                break;
            }
            fits = i;
            if (text.charAt(i - 1) == ' ') {
                lastSpace = i;
            }
        }
        if (fits == text.length()) {
            return fits;
        }
        if (lastSpace > 0) {
            return lastSpace;
        }
        return Math.max(fits, 1);
    }
}
