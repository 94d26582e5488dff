package nl.assen.groenagenda.asset.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generates a realistic, but invented, green register of Assen: the mix of ../shared/DOMAIN.md
 * (about 47,000 trees and the plantings and lawns in m2), spread over Assen's districts, with
 * plausible ages, conditions and protection status. Deterministic: the same seed gives the same
 * register, asset for asset ({@link Random}'s algorithm is fixed by the Java specification). Pure:
 * no database, no clock. Every asset it makes is synthetic and says so.
 *
 * <p>What is real: the district names, the species (common Dutch street trees), the unit costs and
 * lifespans of the norms and the totals of DOMAIN.md. What is invented: every single asset, its
 * position (a disc around an approximate district centre, inside x 230000-238000, y 553000-561000
 * in RD New), and the neighbourhood codes (CBS format {@code BU0106WWBB} for municipality 0106,
 * Assen, but the wijk/buurt numbers are not CBS's).
 */
public final class SyntheticRegister {

    /** 21 December 2023: the day the council adopted the Groenvisie Assen 2040. */
    public static final long DEFAULT_SEED = 20231221L;
    /** The year the generated register describes: ages and protection status are as of this year. */
    public static final int REFERENCE_YEAR = 2025;
    public static final int TREES = 47_000;
    public static final String CREATED_BY = "synthetisch-register";

    /** An asset as the generator makes it; its value follows from its subtype's cost norm. */
    public record GeneratedAsset(UUID id, String externalId, String type, String subtype,
                                 String speciesScientific, String speciesDutch, BigDecimal quantity,
                                 String geometryKind, BigDecimal rdX, BigDecimal rdY, String geometryRd,
                                 String district, String neighbourhoodCode, int plantingYear,
                                 String condition, LocalDate inspectionDate, String safetyClass,
                                 String protectionStatus, boolean providesShade, boolean waterStorage) {
    }

    record District(String name, int wijk, double x, double y, double radius, int weight, double pavingShare,
                    int neighbourhoods) {
    }

    /** Approximate centres in RD New; weights are the district's share of the green. */
    static final List<District> DISTRICTS = List.of(
            new District("Centrum", 1, 233700, 556900, 700, 6, 0.70, 4),
            new District("Assen-Oost", 2, 235100, 556800, 900, 10, 0.30, 6),
            new District("Assen-West", 3, 232300, 556700, 800, 8, 0.30, 5),
            new District("Lariks", 4, 232200, 555500, 800, 9, 0.30, 5),
            new District("Pittelo", 5, 234600, 558300, 800, 9, 0.30, 5),
            new District("Peelo", 6, 233300, 558900, 900, 10, 0.30, 6),
            new District("Marsdijk", 7, 232700, 560000, 1000, 12, 0.30, 7),
            new District("Kloosterveen", 8, 231000, 557800, 1200, 14, 0.30, 8),
            new District("Noorderpark", 9, 234400, 559800, 900, 8, 0.30, 4),
            new District("Baggelhuizen", 10, 233800, 554500, 800, 6, 0.30, 4),
            new District("Messchenveld", 11, 236600, 559600, 700, 3, 0.50, 2),
            new District("Industrieterrein", 12, 235600, 554200, 900, 5, 0.50, 3));

    record Species(String scientific, String dutch, int weight, boolean oldStock) {
    }

    /** Common Dutch street and park trees; oldStock marks those that make up most old trees. */
    static final List<Species> SPECIES = List.of(
            new Species("Tilia × europaea", "Hollandse linde", 12, true),
            new Species("Quercus robur", "Zomereik", 14, true),
            new Species("Acer pseudoplatanus", "Gewone esdoorn", 8, true),
            new Species("Acer platanoides", "Noorse esdoorn", 7, false),
            new Species("Fraxinus excelsior", "Gewone es", 6, true),
            new Species("Betula pendula", "Ruwe berk", 9, false),
            new Species("Carpinus betulus", "Haagbeuk", 6, false),
            new Species("Platanus × hispanica", "Gewone plataan", 4, true),
            new Species("Aesculus hippocastanum", "Witte paardenkastanje", 4, true),
            new Species("Fagus sylvatica", "Beuk", 4, true),
            new Species("Alnus glutinosa", "Zwarte els", 5, false),
            new Species("Prunus avium", "Zoete kers", 3, false),
            new Species("Sorbus aucuparia", "Wilde lijsterbes", 3, false),
            new Species("Ulmus 'Lobel'", "Iep 'Lobel'", 3, false),
            new Species("Gleditsia triacanthos", "Valse christusdoorn", 2, false),
            new Species("Pyrus calleryana 'Chanticleer'", "Sierpeer", 3, false),
            new Species("Quercus rubra", "Amerikaanse eik", 3, true),
            new Species("Salix alba", "Schietwilg", 2, false),
            new Species("Crataegus monogyna", "Eenstijlige meidoorn", 2, false),
            new Species("Liquidambar styraciflua", "Amberboom", 2, false));

    /** An area type of DOMAIN.md's mix: patches are laid out until its area is reached. */
    record Planting(String type, List<String> subtypes, double[] subtypeShares, long targetM2, double meanPatchM2,
                    double minPatchM2, double aspect, int firstYear, int lastYear, boolean shade) {
    }

    static final List<Planting> PLANTINGS = List.of(
            new Planting("SHRUBS", List.of("SHRUBS", "GROUND_COVER"), new double[] {0.7, 0.3},
                    320_000, 150, 10, 2, 1975, 2022, false),
            new Planting("PERENNIALS", List.of("PERENNIALS", "ROSES"), new double[] {0.7, 0.3},
                    25_000, 40, 4, 2, 1995, 2023, false),
            new Planting("HEDGE", List.of("HEDGE"), new double[] {1.0},
                    30_000, 25, 3, 25, 1970, 2020, false),
            new Planting("WOODLAND_PLANTING", List.of("WOODLAND_PLANTING"), new double[] {1.0},
                    1_100_000, 2000, 200, 3, 1960, 2010, true),
            new Planting("LAWN", List.of("LAWN", "LAWN_WADI"), new double[] {0.92, 0.08},
                    1_500_000, 900, 50, 2, 1965, 2020, false),
            new Planting("HERB_RICH_GRASS", List.of("HERB_RICH_GRASS", "VERGE"), new double[] {0.5, 0.5},
                    600_000, 1200, 50, 15, 1985, 2023, false));

    static final double MIN_X = 230_000;
    static final double MAX_X = 238_000;
    static final double MIN_Y = 553_000;
    static final double MAX_Y = 561_000;

    private SyntheticRegister() {
    }

    public static List<GeneratedAsset> generate(long seed) {
        Random random = new Random(seed);
        List<GeneratedAsset> assets = new ArrayList<>(TREES + 8_000);
        for (int i = 1; i <= TREES; i++) {
            assets.add(tree(random, seed, i));
        }
        for (Planting planting : PLANTINGS) {
            addPatches(random, seed, planting, assets);
        }
        return assets;
    }

    private static GeneratedAsset tree(Random random, long seed, int number) {
        District district = district(random);
        // DOMAIN.md: about 9,000 of 47,000 trees are 60 or older (monumental), over 11,000 are 40-60 (valuable).
        double ageDraw = random.nextDouble();
        int plantingYear;
        String protection;
        if (ageDraw < 9_000.0 / 47_000) {
            plantingYear = Math.max(1850, REFERENCE_YEAR - 60 - (int) Math.abs(random.nextGaussian() * 18));
            protection = "MONUMENTAL";
        } else if (ageDraw < 20_000.0 / 47_000) {
            plantingYear = REFERENCE_YEAR - 40 - random.nextInt(20);
            protection = "VALUABLE";
        } else {
            plantingYear = REFERENCE_YEAR - 1 - random.nextInt(39);
            protection = null;
        }
        int age = REFERENCE_YEAR - plantingYear;
        Species species = species(random, age >= 40);
        boolean paving = random.nextDouble() < district.pavingShare();
        String condition = age >= 60 ? pick(random, CONDITIONS, new double[] {2, 20, 48, 22, 8})
                : age >= 40 ? pick(random, CONDITIONS, new double[] {4, 30, 46, 16, 4})
                : pick(random, CONDITIONS, new double[] {10, 40, 38, 10, 2});
        String safety = switch (condition) {
            case "D" -> random.nextDouble() < 0.4 ? "RISK" : "ATTENTION";
            case "C" -> random.nextDouble() < 0.25 ? "ATTENTION" : "SAFE";
            default -> random.nextDouble() < 0.02 ? "ATTENTION" : "SAFE";
        };
        double[] point = point(random, district);
        String externalId = String.format("SYN-TREE-%06d", number);
        return new GeneratedAsset(id(seed, externalId), externalId, "TREE", paving ? "TREE_IN_PAVING" : "TREE_IN_GREEN",
                species.scientific(), species.dutch(), BigDecimal.ONE.setScale(2), "POINT",
                coordinate(point[0]), coordinate(point[1]), null, district.name(), neighbourhood(random, district),
                plantingYear, condition, inspectionDate(random, district), safety, protection, age >= 15, false);
    }

    private static void addPatches(Random random, long seed, Planting planting, List<GeneratedAsset> assets) {
        BigDecimal target = BigDecimal.valueOf(planting.targetM2());
        BigDecimal laid = BigDecimal.ZERO;
        int number = 0;
        while (laid.compareTo(target) < 0) {
            double size = Math.max(planting.minPatchM2(), planting.meanPatchM2() * Math.exp(0.6 * random.nextGaussian() - 0.18));
            BigDecimal quantity = BigDecimal.valueOf(size).setScale(2, RoundingMode.HALF_UP);
            BigDecimal left = target.subtract(laid);
            if (quantity.compareTo(left) > 0 || left.subtract(quantity).doubleValue() < planting.minPatchM2()) {
                quantity = left; // the last patch closes the type's area of the mix
            }
            laid = laid.add(quantity);
            number++;
            District district = district(random);
            String subtype = pick(random, planting.subtypes().toArray(String[]::new), planting.subtypeShares());
            double[] centre = point(random, district);
            String polygon = rectangle(random, centre, quantity.doubleValue(), planting.aspect());
            int plantingYear = planting.firstYear() + random.nextInt(planting.lastYear() - planting.firstYear() + 1);
            String condition = pick(random, CONDITIONS, new double[] {5, 30, 45, 15, 5});
            String externalId = String.format("SYN-%s-%06d", planting.type(), number);
            assets.add(new GeneratedAsset(id(seed, externalId), externalId, planting.type(), subtype, null, null,
                    quantity, "POLYGON", coordinate(centre[0]), coordinate(centre[1]), polygon, district.name(),
                    neighbourhood(random, district), plantingYear, condition, inspectionDate(random, district),
                    null, null, planting.shade(), "LAWN_WADI".equals(subtype)));
        }
    }

    private static final String[] CONDITIONS = {"A+", "A", "B", "C", "D"};

    private static UUID id(long seed, String externalId) {
        return UUID.nameUUIDFromBytes(("groenagenda:synthetic:" + seed + ":" + externalId).getBytes(StandardCharsets.UTF_8));
    }

    private static District district(Random random) {
        int total = DISTRICTS.stream().mapToInt(District::weight).sum();
        int draw = random.nextInt(total);
        for (District district : DISTRICTS) {
            draw -= district.weight();
            if (draw < 0) {
                return district;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static Species species(Random random, boolean old) {
        List<Species> pool = old ? SPECIES.stream().filter(Species::oldStock).toList() : SPECIES;
        int total = pool.stream().mapToInt(Species::weight).sum();
        int draw = random.nextInt(total);
        for (Species species : pool) {
            draw -= species.weight();
            if (draw < 0) {
                return species;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static String pick(Random random, String[] values, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** A uniform point in the district's disc, kept inside Assen's box. */
    private static double[] point(Random random, District district) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double distance = district.radius() * Math.sqrt(random.nextDouble());
        double x = Math.min(MAX_X - 50, Math.max(MIN_X + 50, district.x() + distance * Math.cos(angle)));
        double y = Math.min(MAX_Y - 50, Math.max(MIN_Y + 50, district.y() + distance * Math.sin(angle)));
        return new double[] {x, y};
    }

    /** A rotated rectangle of the given area around a centre, as closed RD rings: [[[x, y], ...]]. */
    private static String rectangle(Random random, double[] centre, double area, double maxAspect) {
        double aspect = 1 + random.nextDouble() * (maxAspect - 1);
        double width = Math.sqrt(area * aspect);
        double height = area / width;
        double angle = random.nextDouble() * Math.PI;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[][] corners = {{-width / 2, -height / 2}, {width / 2, -height / 2}, {width / 2, height / 2},
                {-width / 2, height / 2}, {-width / 2, -height / 2}};
        StringBuilder ring = new StringBuilder("[[");
        for (int i = 0; i < corners.length; i++) {
            double x = centre[0] + corners[i][0] * cos - corners[i][1] * sin;
            double y = centre[1] + corners[i][0] * sin + corners[i][1] * cos;
            ring.append(i == 0 ? "" : ",").append('[').append(coordinate(x).toPlainString())
                    .append(',').append(coordinate(y).toPlainString()).append(']');
        }
        return ring.append("]]").toString();
    }

    private static BigDecimal coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String neighbourhood(Random random, District district) {
        return String.format("BU0106%02d%02d", district.wijk(), random.nextInt(district.neighbourhoods()));
    }

    /** Trees are inspected every three years, a third of the districts each year. */
    private static LocalDate inspectionDate(Random random, District district) {
        int year = REFERENCE_YEAR - 2 + district.wijk() % 3;
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    }
}
