package nl.assen.groenagenda.agenda.report.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How the exports show dates and amounts to Dutch readers. Written by hand rather than with
 * {@link java.text.DecimalFormat}, which is not thread-safe and would have to be created per cell.
 */
public final class DutchFormat {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("nl-NL")).withZone(AMSTERDAM);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private DutchFormat() {
    }

    /** "30 november 2026 14:05", in Amsterdam time whatever the server's zone is. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** "125.000,00": euros with cents and thousands grouping. */
    public static String amount(BigDecimal euros) {
        return group(euros.setScale(2, RoundingMode.HALF_UP).toPlainString(), '.', ',');
    }

    /** "125000,00": no grouping, so that Dutch Excel reads a CSV field as a number. */
    public static String plainAmount(BigDecimal euros) {
        return euros.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** The exact amount in whole thousands of euros, rounded half up, grouped: 1 250 499,99 becomes "1.250". */
    public static String thousands(BigDecimal euros) {
        return group(inThousands(euros).toPlainString(), '.', ',');
    }

    /** The exact amount in whole thousands of euros, rounded half up. */
    public static BigDecimal inThousands(BigDecimal euros) {
        return euros.divide(THOUSAND, 0, RoundingMode.HALF_UP);
    }

    /** "Noord, Pittelo"; an item without districts applies to the whole municipality. */
    public static String districts(List<String> districts) {
        return districts == null || districts.isEmpty() ? "Gemeentebreed" : String.join(", ", districts);
    }

    /** Groups the integer digits of a plain decimal string ("-125000.00") in threes. */
    private static String group(String plain, char groupSeparator, char decimalSeparator) {
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        boolean negative = integer.startsWith("-");
        String digits = negative ? integer.substring(1) : integer;
        StringBuilder out = new StringBuilder(plain.length() + digits.length() / 3 + 1);
        if (negative) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(groupSeparator);
            }
            out.append(digits.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(decimalSeparator).append(fraction);
        }
        return out.toString();
    }
}
