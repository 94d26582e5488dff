package nl.assen.groenagenda.asset.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.assen.groenagenda.asset.synthetic.SyntheticRegister.GeneratedAsset;
import org.junit.jupiter.api.Test;

/** The generator on its own, without a database. */
class SyntheticRegisterTest {

    private static final List<GeneratedAsset> REGISTER = SyntheticRegister.generate(SyntheticRegister.DEFAULT_SEED);

    @Test
    void twoGenerationsWithTheSameSeedAreIdenticalAndAnotherSeedDiffers() {
        assertThat(SyntheticRegister.generate(SyntheticRegister.DEFAULT_SEED)).isEqualTo(REGISTER);
        assertThat(SyntheticRegister.generate(SyntheticRegister.DEFAULT_SEED + 1)).isNotEqualTo(REGISTER);
    }

    @Test
    void theMixIsDomainMdsTreesAndSquareMetresPerType() {
        Map<String, BigDecimal> quantity = REGISTER.stream().collect(Collectors.groupingBy(GeneratedAsset::type,
                Collectors.reducing(BigDecimal.ZERO, GeneratedAsset::quantity, BigDecimal::add)));
        assertThat(REGISTER.stream().filter(a -> a.type().equals("TREE")).count()).isEqualTo(47_000);
        assertThat(quantity.get("SHRUBS")).isEqualByComparingTo("320000");
        assertThat(quantity.get("PERENNIALS")).isEqualByComparingTo("25000");
        assertThat(quantity.get("HEDGE")).isEqualByComparingTo("30000");
        assertThat(quantity.get("WOODLAND_PLANTING")).isEqualByComparingTo("1100000");
        assertThat(quantity.get("LAWN")).isEqualByComparingTo("1500000");
        assertThat(quantity.get("HERB_RICH_GRASS")).isEqualByComparingTo("600000");
    }

    @Test
    void aboutNineThousandTreesAreMonumentalAndElevenThousandValuableByTheirAge() {
        List<GeneratedAsset> trees = REGISTER.stream().filter(a -> a.type().equals("TREE")).toList();
        long monumental = trees.stream().filter(a -> "MONUMENTAL".equals(a.protectionStatus())).count();
        long valuable = trees.stream().filter(a -> "VALUABLE".equals(a.protectionStatus())).count();
        assertThat(monumental).isBetween(8_700L, 9_300L);
        assertThat(valuable).isBetween(10_700L, 11_300L);
        for (GeneratedAsset tree : trees) {
            int age = SyntheticRegister.REFERENCE_YEAR - tree.plantingYear();
            String expected = age >= 60 ? "MONUMENTAL" : age >= 40 ? "VALUABLE" : null;
            assertThat(tree.protectionStatus()).as(tree.externalId()).isEqualTo(expected);
            assertThat(tree.speciesScientific()).isNotBlank();
            assertThat(tree.speciesDutch()).isNotBlank();
        }
    }

    @Test
    void everyAssetLiesInAssenInOneOfItsDistrictsWithUniqueIds() {
        var districts = SyntheticRegister.DISTRICTS.stream().map(SyntheticRegister.District::name).collect(Collectors.toSet());
        assertThat(REGISTER).allSatisfy(asset -> {
            assertThat(asset.rdX().doubleValue()).isBetween(230_000.0, 238_000.0);
            assertThat(asset.rdY().doubleValue()).isBetween(553_000.0, 561_000.0);
            assertThat(districts).contains(asset.district());
            assertThat(asset.neighbourhoodCode()).matches("BU0106\\d{4}");
            assertThat(asset.plantingYear()).isBetween(1800, SyntheticRegister.REFERENCE_YEAR);
            assertThat(asset.quantity().signum()).isPositive();
        });
        assertThat(REGISTER.stream().map(GeneratedAsset::district).collect(Collectors.toSet())).isEqualTo(districts);
        assertThat(new HashSet<>(REGISTER.stream().map(GeneratedAsset::id).toList())).hasSize(REGISTER.size());
        assertThat(new HashSet<>(REGISTER.stream().map(GeneratedAsset::externalId).toList())).hasSize(REGISTER.size());
    }

    @Test
    void anAreaIsAPolygonWhoseSurfaceIsItsQuantity() {
        GeneratedAsset lawn = REGISTER.stream().filter(a -> a.type().equals("LAWN")).findFirst().orElseThrow();
        String[] numbers = lawn.geometryRd().replaceAll("[\\[\\]]", " ").trim().split("[ ,]+");
        double area = 0;
        for (int i = 0; i + 3 < numbers.length; i += 2) {
            area += Double.parseDouble(numbers[i]) * Double.parseDouble(numbers[i + 3])
                    - Double.parseDouble(numbers[i + 2]) * Double.parseDouble(numbers[i + 1]);
        }
        assertThat(Math.abs(area / 2)).isCloseTo(lawn.quantity().doubleValue(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(lawn.geometryKind()).isEqualTo("POLYGON");
    }
}
