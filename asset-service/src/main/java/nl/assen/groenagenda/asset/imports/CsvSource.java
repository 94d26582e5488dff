package nl.assen.groenagenda.asset.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV record by record (RFC 4180 quoting, quoted separators and line breaks) from a Reader, so
 * the file is never held whole. The separator is the one of ';', ',' and tab that occurs most in the
 * header row, outside quotes. A ';' file may write decimals with a comma, as Dutch spreadsheets do.
 */
final class CsvSource {

    private final Reader in;
    private char separator;
    private int pushedBack = -2;

    CsvSource(Reader in) {
        this.in = in;
    }

    char separator() {
        return separator;
    }

    /** The header row, with the separator detected from it; null for an empty file. */
    List<String> header() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        int c = read();
        if (c == '\uFEFF') {
            c = read();
        }
        for (; c != -1; c = read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r') {
                    int next = read();
                    if (next != '\n') {
                        pushedBack = next;
                    }
                }
                break;
            }
            line.append((char) c);
        }
        if (line.toString().isBlank()) {
            return null;
        }
        separator = detect(line);
        List<String> fields = new ArrayList<>();
        parse(new java.io.StringReader(line.toString()), fields);
        return fields;
    }

    private static char detect(CharSequence line) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    /** The next record's fields, or null at the end; blank lines are skipped. */
    List<String> next() throws IOException {
        while (true) {
            List<String> fields = new ArrayList<>();
            boolean more = parse(null, fields);
            if (!more && fields.isEmpty()) {
                return null;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                if (!more) {
                    return null;
                }
                continue;
            }
            return fields;
        }
    }

    /** Reads one record into fields; false when the input ended. */
    private boolean parse(Reader from, List<String> fields) throws IOException {
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = from == null ? read() : from.read();
            if (c == -1) {
                if (any || field.length() > 0 || !fields.isEmpty()) {
                    fields.add(field.toString());
                }
                return false;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    int next = from == null ? read() : from.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            fields.add(field.toString());
                            return false;
                        }
                        c = next;
                    }
                } else {
                    field.append((char) c);
                    continue;
                }
                if (quoted) {
                    continue;
                }
            }
            if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && from == null) {
                    int next = read();
                    if (next != '\n') {
                        pushedBack = next;
                    }
                }
                fields.add(field.toString());
                return true;
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** Maps header columns to fields: which index feeds which field. */
    static Map<String, Integer> columns(List<String> header, ImportErrors errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = ImportColumns.field(header.get(i));
            if (field == null) {
                continue;
            }
            Integer earlier = columns.putIfAbsent(field, i);
            if (earlier != null) {
                errors.add("columns", "Kolommen '" + header.get(earlier) + "' en '" + header.get(i)
                        + "' zijn beide " + field + ".");
            }
        }
        List<String> missing = ImportColumns.REQUIRED_CSV.stream().filter(f -> !columns.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            errors.add("columns", "Verplichte kolommen ontbreken: " + String.join(", ", missing)
                    + ". Gevonden: " + String.join(", ", header) + ".");
        }
        return columns;
    }
}
