package nl.assen.groenagenda.agenda.report.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.agenda.report.AgendaReport;

/**
 * The overview as CSV the way Dutch Excel opens it without an import wizard: UTF-8 with a byte order
 * mark (otherwise Excel guesses Windows-1252 and garbles every ë, € and é), fields
 * separated by {@code ;} because the comma is the decimal separator, amounts with a decimal comma and
 * no grouping so they become numbers, CRLF line ends and RFC 4180 quoting.
 */
public final class CsvReportWriter implements ReportWriter {

    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";

    @Override
    public String mediaType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(AgendaReport report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        line(writer, List.of(report.title()));
        for (ReportLayout.InfoLine info : ReportLayout.infoLines(report)) {
            line(writer, info.label() == null ? List.of(info.value()) : List.of(info.label(), info.value()));
        }
        writer.write(LINE_END);
        line(writer, ReportLayout.headers(report));
        for (AgendaReport.Row row : report.rows()) {
            for (String cell : ReportLayout.textCells(row)) {
                field(writer, cell);
                writer.write(SEPARATOR);
            }
            amounts(writer, report.years(), row.amounts(), row.total());
        }
        for (ReportLayout.TotalLine total : ReportLayout.totalLines(report)) {
            field(writer, total.label());
            writer.write(SEPARATOR);
            field(writer, total.theme());
            for (int i = 2; i <= ReportLayout.TEXT_HEADERS.size(); i++) {
                writer.write(SEPARATOR);
            }
            amounts(writer, report.years(), total.amounts(), total.total());
        }
        // Flushed, not closed: closing the writer would close the caller's stream.
        writer.flush();
    }

    private static void amounts(Writer writer, List<Integer> years, Map<Integer, BigDecimal> amounts,
                                BigDecimal total) throws IOException {
        for (Integer year : years) {
            writer.write(DutchFormat.plainAmount(ReportLayout.amountIn(amounts, year)));
            writer.write(SEPARATOR);
        }
        writer.write(DutchFormat.plainAmount(total));
        writer.write(LINE_END);
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            field(writer, fields.get(i));
        }
        writer.write(LINE_END);
    }

    private static void field(Writer writer, String raw) throws IOException {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        String value = defused(raw);
        if (needsQuotes(value)) {
            writer.write('"');
            writer.write(value.replace("\"", "\"\""));
            writer.write('"');
        } else {
            writer.write(value);
        }
    }

    /**
     * A text that starts like a formula gets a leading apostrophe, so that a spreadsheet shows it instead of
     * evaluating it (CSV injection, OWASP). Only text fields pass here; amounts are written directly.
     */
    private static String defused(String value) {
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formulaLike ? "'" + value : value;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == SEPARATOR || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
