package nl.assen.groenagenda.budget.actuals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.assen.groenagenda.platform.web.JsonInput;
import nl.assen.groenagenda.platform.web.Problem;

/**
 * Reads the CSV export of the financial system: a header row naming the columns {@code budgetLineCode},
 * {@code year}, {@code month}, {@code amount} and optionally {@code description} (any order, case
 * ignored, other columns ignored), separated by semicolons (the Dutch export) or commas, with fields
 * optionally in double quotes. Amounts accept a decimal comma ({@code 1234,56}), Dutch thousands
 * separators ({@code 1.234,56}) or a decimal point ({@code 1234.56}); a minus sign marks a credit
 * booking. Every problem is collected; a row's problems are named {@code rows[n].column}, where n is
 * the data row's number counting from 1 (the first row after the header).
 */
final class ActualsCsv {

    static final int FIRST_YEAR = 2024;
    static final int LAST_YEAR = 2044;
    static final int MAX_ROWS = 100_000;
    private static final List<String> REQUIRED = List.of("budgetLineCode", "year", "month", "amount");
    private static final String DESCRIPTION = "description";
    private static final Pattern DUTCH_THOUSANDS = Pattern.compile("^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?$");
    private static final Pattern PLAIN = Pattern.compile("^-?\\d+([.,]\\d+)?$");

    record Row(int number, String budgetLineCode, int year, int month, BigDecimal amount, String description) {
    }

    record Result(List<Row> rows, List<Problem.InvalidParam> problems) {
    }

    private ActualsCsv() {
    }

    static Result parse(String body) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String text = body == null ? "" : body.startsWith("\uFEFF") ? body.substring(1) : body;
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            problems.add(new Problem.InvalidParam("body", "Het bestand is leeg: verwacht een kopregel met "
                    + String.join(";", REQUIRED) + ";description en daaronder de boekingen."));
            return new Result(rows, problems);
        }
        char separator = lines.get(0).indexOf(';') >= 0 ? ';' : ',';
        List<String> header = fields(lines.get(0), separator);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                problems.add(new Problem.InvalidParam("header", "De kolom " + column + " ontbreekt in de kopregel."));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(rows, problems);
        }
        if (lines.size() == 1) {
            problems.add(new Problem.InvalidParam("rows", "Het bestand bevat geen boekingen onder de kopregel."));
            return new Result(rows, problems);
        }
        if (lines.size() - 1 > MAX_ROWS) {
            problems.add(new Problem.InvalidParam("rows", "Hoogstens " + MAX_ROWS + " boekingen per import."));
            return new Result(rows, problems);
        }
        for (int n = 1; n < lines.size(); n++) {
            String prefix = "rows[" + n + "].";
            if (lines.get(n).isBlank()) {
                problems.add(new Problem.InvalidParam("rows[" + n + "]", "Lege regel."));
                continue;
            }
            List<String> values = fields(lines.get(n), separator);
            if (values.size() != header.size()) {
                problems.add(new Problem.InvalidParam("rows[" + n + "]", "Heeft " + values.size()
                        + " kolommen; de kopregel heeft er " + header.size() + "."));
                continue;
            }
            int before = problems.size();
            String code = value(values, columns, "budgetLineCode");
            if (code.isEmpty()) {
                problems.add(new Problem.InvalidParam(prefix + "budgetLineCode", "Is verplicht."));
            } else if (code.length() > 40) {
                problems.add(new Problem.InvalidParam(prefix + "budgetLineCode", "Mag hoogstens 40 tekens lang zijn."));
            }
            Integer year = integer(value(values, columns, "year"), FIRST_YEAR, LAST_YEAR, prefix + "year",
                    "Moet een begrotingsjaar van " + FIRST_YEAR + " tot en met " + LAST_YEAR + " zijn.", problems);
            Integer month = integer(value(values, columns, "month"), 1, 12, prefix + "month",
                    "Moet een maand van 1 tot en met 12 zijn.", problems);
            BigDecimal amount = amount(value(values, columns, "amount"), prefix + "amount", problems);
            String description = columns.containsKey(DESCRIPTION) ? value(values, columns, DESCRIPTION) : "";
            if (description.length() > 500) {
                problems.add(new Problem.InvalidParam(prefix + DESCRIPTION, "Mag hoogstens 500 tekens lang zijn."));
            }
            if (problems.size() == before) {
                rows.add(new Row(n, code, year, month, amount, description.isEmpty() ? null : description));
            }
        }
        return new Result(rows, problems);
    }

    private static String value(List<String> values, Map<String, Integer> columns, String column) {
        return values.get(columns.get(column.toLowerCase(Locale.ROOT))).trim();
    }

    private static Integer integer(String text, int min, int max, String name, String reason,
                                   List<Problem.InvalidParam> problems) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below
        }
        problems.add(new Problem.InvalidParam(name, reason));
        return null;
    }

    /** Dutch (1.234,56 or 1234,56) or plain (1234.56) notation; at most two decimals. */
    static BigDecimal amount(String text, String name, List<Problem.InvalidParam> problems) {
        String normalised;
        if (DUTCH_THOUSANDS.matcher(text).matches()) {
            normalised = text.replace(".", "").replace(',', '.');
        } else if (PLAIN.matcher(text).matches()) {
            normalised = text.replace(',', '.');
        } else {
            problems.add(new Problem.InvalidParam(name, text.isEmpty() ? "Is verplicht."
                    : "Moet een bedrag in euro's zijn, zoals 1234,56 of 1.234,56."));
            return null;
        }
        BigDecimal amount = new BigDecimal(normalised);
        if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem.InvalidParam(name, "Mag hoogstens twee decimalen hebben."));
            return null;
        }
        if (amount.abs().compareTo(JsonInput.MAX_AMOUNT) > 0) {
            problems.add(new Problem.InvalidParam(name, "Mag hoogstens " + JsonInput.MAX_AMOUNT.toPlainString() + " zijn."));
            return null;
        }
        return amount.setScale(2);
    }

    /** The fields of one line; a field in double quotes may hold the separator and "" for a quote. */
    private static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
