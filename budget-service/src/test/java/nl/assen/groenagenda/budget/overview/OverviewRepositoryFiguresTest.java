package nl.assen.groenagenda.budget.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the overview query's figures text becomes amounts per year. */
class OverviewRepositoryFiguresTest {

    private static OverviewRepository.Amounts amounts(String budget, String reserved, String realised) {
        return new OverviewRepository.Amounts(new BigDecimal(budget), new BigDecimal(reserved), new BigDecimal(realised));
    }

    @Test
    void eachYearLandsInItsPlaceWithStructuralAndOneOffAddedUpAndMissingYearsAreZero() {
        List<OverviewRepository.Amounts> years = OverviewRepository.years(
                "2033:999999999999.99:999999999999.99:0.01:999999999999.99,2030:1000.10:0.00:0.00:0.00,2031:500.05:250.50:100.01:50.02",
                2029, 6);
        assertThat(years).containsExactly(
                amounts("0.00", "0.00", "0.00"),
                amounts("1000.10", "0.00", "0.00"),
                amounts("750.55", "100.01", "50.02"),
                amounts("0.00", "0.00", "0.00"),
                amounts("1999999999999.98", "0.01", "999999999999.99"),
                amounts("0.00", "0.00", "0.00"));
    }

    @Test
    void aLineWithoutYearsHasZerosAndEveryAmountHasTwoDecimals() {
        assertThat(OverviewRepository.years(null, 2024, 2)).containsExactly(
                amounts("0.00", "0.00", "0.00"), amounts("0.00", "0.00", "0.00"));
        assertThat(OverviewRepository.years("2024:5:0.5:1.10:0", 2024, 1)).containsExactly(amounts("5.50", "1.10", "0.00"));
    }

    @Test
    void whatTheQueryCannotWriteIsRefusedRatherThanMisread() {
        for (String figures : List.of("2024:1.00:0.00:0.00", "2024:1.00:-1.00:0.00:0.00", "2024:1,00:0.00:0.00:0.00",
                "2024:1.0.0:0.00:0.00:0.00", "2024::0.00:0.00:0.00", "2024:.5:0.00:0.00:0.00",
                "2024:99999999999999999999:0:0:0", "2024:1.001:0:0:0")) {
            assertThatThrownBy(() -> OverviewRepository.years(figures, 2024, 1)).as(figures)
                    .isInstanceOf(RuntimeException.class);
        }
    }
}
