package nl.assen.groenagenda.asset.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/** The register as the seeder loaded it into PostgreSQL at start-up. */
@SpringBootTest
class GeneratedRegisterTest {

    private static final BigDecimal FIFTY_SIX_MILLION = new BigDecimal("56000000");

    @Autowired
    DatabaseClient db;

    private BigDecimal number(String sql) {
        return db.sql(sql).map(row -> row.get(0, BigDecimal.class)).one().block();
    }

    @Test
    void theGeneratedRegisterTotalsFiftySixMillionWithinOnePercentComputedFromTheNorms() {
        BigDecimal total = number("SELECT sum(replacement_value) FROM asset WHERE synthetic");
        assertThat(total).isBetween(new BigDecimal("55440000"), new BigDecimal("56560000"));
        BigDecimal recomputed = number("""
                SELECT sum(round(a.quantity * n.unit_cost, 2)) FROM asset a
                  JOIN cost_norm n ON n.subtype_code = a.subtype_code WHERE a.synthetic""");
        assertThat(recomputed).isEqualByComparingTo(total);
        assertThat(number("""
                SELECT count(*) FROM asset a JOIN cost_norm n ON n.subtype_code = a.subtype_code
                 WHERE a.synthetic AND a.replacement_value <> round(a.quantity * n.unit_cost, 2)"""))
                .as("assets whose value is not quantity x unit cost").isZero();
        assertThat(total.subtract(FIFTY_SIX_MILLION).abs()).isLessThan(new BigDecimal("560000"));
    }

    @Test
    void itsMixMatchesDomainMdWithAbout47000TreesAndTheSquareMetresPerType() {
        Map<String, BigDecimal> quantity = db.sql("SELECT type_code, sum(quantity) AS q FROM asset WHERE synthetic GROUP BY type_code")
                .map(row -> Map.entry(row.get("type_code", String.class), row.get("q", BigDecimal.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue).block();
        assertThat(quantity.get("TREE")).isEqualByComparingTo("47000");
        assertThat(quantity.get("SHRUBS")).isEqualByComparingTo("320000");
        assertThat(quantity.get("PERENNIALS")).isEqualByComparingTo("25000");
        assertThat(quantity.get("HEDGE")).isEqualByComparingTo("30000");
        assertThat(quantity.get("WOODLAND_PLANTING")).isEqualByComparingTo("1100000");
        assertThat(quantity.get("LAWN")).isEqualByComparingTo("1500000");
        assertThat(quantity.get("HERB_RICH_GRASS")).isEqualByComparingTo("600000");
        BigDecimal averageTree = number("SELECT avg(replacement_value) FROM asset WHERE synthetic AND type_code = 'TREE'");
        assertThat(averageTree).isBetween(new BigDecimal("540"), new BigDecimal("560"));
    }

    @Test
    void aboutNineThousandTreesAreMonumentalAndElevenThousandValuable() {
        assertThat(number("SELECT count(*) FROM asset WHERE synthetic AND protection_status = 'MONUMENTAL'"))
                .isBetween(new BigDecimal("8700"), new BigDecimal("9300"));
        assertThat(number("SELECT count(*) FROM asset WHERE synthetic AND protection_status = 'VALUABLE'"))
                .isBetween(new BigDecimal("10700"), new BigDecimal("11300"));
    }

    @Test
    void theDatabaseHoldsExactlyWhatTheGeneratorMakesForTheSeed() {
        var generated = SyntheticRegister.generate(SyntheticRegister.DEFAULT_SEED);
        assertThat(number("SELECT count(*) FROM asset WHERE synthetic")).isEqualByComparingTo(BigDecimal.valueOf(generated.size()));
        var first = generated.get(0);
        String stored = db.sql("SELECT external_id || '|' || district || '|' || rd_x || '|' || planting_year FROM asset WHERE id = :id")
                .bind("id", first.id()).map(row -> row.get(0, String.class)).one().block();
        assertThat(stored).isEqualTo(first.externalId() + "|" + first.district() + "|" + first.rdX().toPlainString()
                + "|" + first.plantingYear());
    }
}
