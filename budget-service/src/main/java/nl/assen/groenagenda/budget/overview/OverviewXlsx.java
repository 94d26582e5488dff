package nl.assen.groenagenda.budget.overview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The overview as an Excel workbook: amounts and years are numbers, not text, with a number format
 * that Dutch Excel shows as 17.124,00 (or 17.124 for thousands). Title and unit head the sheet.
 */
final class OverviewXlsx {

    private static final int HEADER_ROW = 3;

    private OverviewXlsx() {
    }

    static byte[] write(Overview overview) {
        var bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Groenagenda", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Overzicht");
            String amountFormat = overview.unit() == Unit.EUR ? "#,##0.00" : "#,##0";
            sheet.value(0, 0, OverviewTable.title(overview));
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, overview.unit().caption());
            List<String> header = OverviewTable.HEADER;
            for (int c = 0; c < header.size(); c++) {
                sheet.value(HEADER_ROW, c, header.get(c));
                sheet.style(HEADER_ROW, c).bold().set();
            }
            int r = HEADER_ROW + 1;
            for (OverviewTable.Row row : OverviewTable.rows(overview)) {
                sheet.value(r, 0, row.code());
                sheet.value(r, 1, row.name());
                sheet.value(r, 2, row.taakveld());
                sheet.value(r, 3, row.kind());
                if (row.year().matches("[0-9]{4}")) {
                    sheet.value(r, 4, Integer.valueOf(row.year()));
                } else {
                    sheet.value(r, 4, row.year());
                }
                for (int i = 0; i < row.amounts().size(); i++) {
                    int c = OverviewTable.FIRST_AMOUNT_COLUMN + i;
                    sheet.value(r, c, row.amounts().get(i));
                    var style = sheet.style(r, c).format(amountFormat);
                    (row.total() ? style.bold() : style).set();
                }
                if (row.total()) {
                    sheet.style(r, 0).bold().set();
                }
                r++;
            }
            sheet.width(0, 22);
            sheet.width(1, 36);
            sheet.width(2, 44);
            sheet.width(3, 13);
            sheet.width(4, 11);
            for (int c = OverviewTable.FIRST_AMOUNT_COLUMN; c < header.size(); c++) {
                sheet.width(c, 18);
            }
            sheet.freezePane(0, HEADER_ROW + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
