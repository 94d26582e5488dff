package nl.assen.groenagenda.budget.overview;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The overview as CSV that Dutch Excel opens as it is: UTF-8 with a byte order mark, {@code ;} between
 * fields, amounts in Dutch notation (17.124,00), CRLF line ends (RFC 4180). The first two lines give
 * the title and the unit; the third is the header.
 */
final class OverviewCsv {

    private static final char SEPARATOR = ';';
    private static final String CRLF = "\r\n";

    private OverviewCsv() {
    }

    static byte[] write(Overview overview) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of(OverviewTable.title(overview)));
        line(csv, List.of(overview.unit().caption()));
        line(csv, OverviewTable.HEADER);
        for (OverviewTable.Row row : OverviewTable.rows(overview)) {
            List<String> fields = new ArrayList<>(List.of(row.code(), row.name(), row.taakveld(), row.kind(), row.year()));
            for (BigDecimal amount : row.amounts()) {
                fields.add(OverviewTable.dutch(amount, overview.unit()));
            }
            line(csv, fields);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    /** Quoted when needed; a text a spreadsheet would take for a formula is kept text with a quote. */
    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("-[0-9.]+(,[0-9]+)?");
    }
}
