package nl.assen.groenagenda.budget.overview;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;

/**
 * The overview as the rows of a council table, shared by the CSV and the XLSX export: a title, the
 * unit, a header, one row per line and year, then a total per year and one over all years.
 */
final class OverviewTable {

    static final List<String> HEADER = List.of("Code", "Naam", "Taakveld", "Soort", "Jaar",
            "Begroting", "Gereserveerd", "Gerealiseerd", "Beschikbaar", "Openstaande claims");
    static final int FIRST_AMOUNT_COLUMN = 5;
    static final String TOTAL = "Totaal";

    private OverviewTable() {
    }

    /** One row: the texts of columns 0-3, the year (or the range for the overall total), the amounts. */
    record Row(String code, String name, String taakveld, String kind, String year, boolean total,
               List<BigDecimal> amounts) {
    }

    static String title(Overview overview) {
        return "Overzicht begrotingsregels groenagenda " + range(overview);
    }

    static String range(Overview overview) {
        return overview.fromYear() == overview.toYear() ? String.valueOf(overview.fromYear())
                : overview.fromYear() + "-" + overview.toYear();
    }

    static List<Row> rows(Overview overview) {
        List<Row> rows = new ArrayList<>();
        for (Overview.Line line : overview.lines()) {
            String taakveld = line.taakveld() + " " + line.taakveldName();
            for (Overview.Figures year : line.years()) {
                rows.add(new Row(line.code(), line.name(), taakveld, kind(line.kind()), String.valueOf(year.year()),
                        false, amounts(year)));
            }
        }
        for (Overview.Figures year : overview.totals()) {
            rows.add(new Row(TOTAL, "", "", "", String.valueOf(year.year()), true, amounts(year)));
        }
        rows.add(new Row(TOTAL, "", "", "", range(overview), true, amounts(overview.total())));
        return rows;
    }

    private static List<BigDecimal> amounts(Overview.Figures figures) {
        return List.of(figures.budget(), figures.reserved(), figures.realised(), figures.available(),
                figures.pendingClaims());
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "OPERATING" -> "Exploitatie";
            case "INVESTMENT" -> "Investering";
            default -> kind;
        };
    }

    /** Dutch notation: a dot between thousands, a decimal comma; cents for euros, none for thousands. */
    static String dutch(BigDecimal amount, Unit unit) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(unit == Unit.EUR ? "#,##0.00" : "#,##0", symbols);
        return format.format(amount);
    }

    /** The file name of an export, e.g. {@code begrotingsoverzicht-2024-2044-x1000.csv}. */
    static String fileName(Overview overview, String extension) {
        return "begrotingsoverzicht-" + range(overview) + (overview.unit() == Unit.EUR ? "" : "-x1000") + "." + extension;
    }
}
