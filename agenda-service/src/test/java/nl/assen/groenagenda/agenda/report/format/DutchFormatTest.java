package nl.assen.groenagenda.agenda.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    @Test
    void dateTimeIsDutchInAmsterdamTimeInWinterAndSummer() {
        assertThat(DutchFormat.dateTime(Instant.parse("2026-11-30T13:05:00Z"))).isEqualTo("30 november 2026 14:05");
        assertThat(DutchFormat.dateTime(Instant.parse("2026-07-01T08:00:00Z"))).isEqualTo("1 juli 2026 10:00");
    }

    @Test
    void amountsHaveDutchGroupingAndTwoDecimals() {
        assertThat(DutchFormat.amount(new BigDecimal("125000"))).isEqualTo("125.000,00");
        assertThat(DutchFormat.amount(new BigDecimal("1234567.891"))).isEqualTo("1.234.567,89");
        assertThat(DutchFormat.amount(new BigDecimal("-999.5"))).isEqualTo("-999,50");
        assertThat(DutchFormat.amount(new BigDecimal("0"))).isEqualTo("0,00");
    }

    @Test
    void plainAmountsHaveADecimalCommaAndNoGroupingForExcel() {
        assertThat(DutchFormat.plainAmount(new BigDecimal("125000"))).isEqualTo("125000,00");
        assertThat(DutchFormat.plainAmount(new BigDecimal("-0.5"))).isEqualTo("-0,50");
    }

    @Test
    void thousandsAreRoundedHalfUpFromTheExactAmount() {
        assertThat(DutchFormat.thousands(new BigDecimal("125000.00"))).isEqualTo("125");
        assertThat(DutchFormat.thousands(new BigDecimal("1250499.99"))).isEqualTo("1.250");
        assertThat(DutchFormat.thousands(new BigDecimal("1250500.00"))).isEqualTo("1.251");
        assertThat(DutchFormat.thousands(new BigDecimal("499.99"))).isEqualTo("0");
        assertThat(DutchFormat.thousands(new BigDecimal("-400.00"))).isEqualTo("0");
        assertThat(DutchFormat.thousands(new BigDecimal("-2500.00"))).isEqualTo("-3");
    }

    @Test
    void noDistrictsMeansTheWholeMunicipality() {
        assertThat(DutchFormat.districts(List.of())).isEqualTo("Gemeentebreed");
        assertThat(DutchFormat.districts(List.of("Noord", "Pittelo"))).isEqualTo("Noord, Pittelo");
    }
}
