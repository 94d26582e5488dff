package nl.assen.groenagenda.agenda.report.format;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The overview as an Excel workbook, streamed with fastexcel. Amounts are numeric cells with their exact
 * value; totals are values too, not formulas, because fastexcel cannot store a formula's result and a
 * viewer that does not recalculate would show an empty total.
 */
public final class XlsxReportWriter implements ReportWriter {

    private static final String AMOUNT_FORMAT = "#,##0.00";
    private static final String SHEET_NAME = "Uitvoeringsagenda";
    private static final int FLUSH_EVERY_ROWS = 500;
    private static final double[] TEXT_WIDTHS = {48, 20, 22, 20, 14, 11, 16};
    private static final double AMOUNT_WIDTH = 14;

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public void write(AgendaReport report, OutputStream out) throws IOException {
        // fastexcel closes the stream it was given when the workbook is finished.
        Workbook workbook = new Workbook(new NonClosingOutputStream(out), "Groenagenda", "1.0");
        workbook.properties().setTitle(report.title());
        Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
        List<String> headers = ReportLayout.headers(report);
        int amountColumns = report.years().size() + 1;
        int firstAmountColumn = ReportLayout.TEXT_HEADERS.size();

        // Widths and frozen panes go into the sheet's preamble, so they must be set before the first flush.
        for (int c = 0; c < TEXT_WIDTHS.length; c++) {
            sheet.width(c, TEXT_WIDTHS[c]);
        }
        for (int c = firstAmountColumn; c < firstAmountColumn + amountColumns; c++) {
            sheet.width(c, AMOUNT_WIDTH);
        }

        int r = 0;
        sheet.value(r, 0, report.title());
        sheet.style(r, 0).bold().fontSize(14).set();
        r++;
        for (ReportLayout.InfoLine info : ReportLayout.infoLines(report)) {
            if (info.label() == null) {
                sheet.value(r, 0, info.value());
                sheet.style(r, 0).bold().set();
            } else {
                sheet.value(r, 0, info.label());
                sheet.value(r, 1, info.value());
            }
            r++;
        }
        r++;
        int headerRow = r;
        sheet.freezePane(1, headerRow + 1);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(headerRow, c, headers.get(c));
            sheet.style(headerRow, c).bold().horizontalAlignment(c >= firstAmountColumn ? "right" : "left")
                    .fillColor("DDEBF7").set();
        }
        r++;

        for (AgendaReport.Row row : report.rows()) {
            List<String> cells = ReportLayout.textCells(row);
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(r, c, cells.get(c));
            }
            amounts(sheet, r, firstAmountColumn, report.years(), row.amounts(), row.total(), false);
            r++;
            if (r % FLUSH_EVERY_ROWS == 0) {
                sheet.flush();
            }
        }
        for (ReportLayout.TotalLine total : ReportLayout.totalLines(report)) {
            sheet.value(r, 0, total.label());
            sheet.style(r, 0).bold().set();
            sheet.value(r, 1, total.theme());
            amounts(sheet, r, firstAmountColumn, report.years(), total.amounts(), total.total(), true);
            r++;
        }
        workbook.finish();
    }

    private static void amounts(Worksheet sheet, int r, int firstColumn, List<Integer> years,
                                Map<Integer, BigDecimal> amounts, BigDecimal total, boolean bold) {
        int c = firstColumn;
        for (Integer year : years) {
            amount(sheet, r, c++, ReportLayout.amountIn(amounts, year), bold);
        }
        amount(sheet, r, c, total, bold);
    }

    private static void amount(Worksheet sheet, int r, int c, BigDecimal value, boolean bold) {
        sheet.value(r, c, value.setScale(2, RoundingMode.HALF_UP));
        if (bold) {
            sheet.style(r, c).format(AMOUNT_FORMAT).bold().set();
        } else {
            sheet.style(r, c).format(AMOUNT_FORMAT).set();
        }
    }
}
