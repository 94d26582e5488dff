package nl.assen.groenagenda.asset.imports;

import static nl.assen.groenagenda.asset.imports.ImportColumns.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.assen.groenagenda.asset.geo.RdNewFromWgs84;
import nl.assen.groenagenda.asset.norm.Valuation;

/**
 * Checks one imported row and turns it into what is staged: RD coordinates, the subtype's norm, the
 * replacement value by {@link Valuation}. Every problem of the row is reported, not only the first.
 */
final class RowValidator {

    /** The Netherlands, generously: RD New metres and WGS84 degrees. */
    static final double RD_MIN_X = 0;
    static final double RD_MAX_X = 300000;
    static final double RD_MIN_Y = 289000;
    static final double RD_MAX_Y = 629000;
    static final double LON_MIN = 3.2;
    static final double LON_MAX = 7.3;
    static final double LAT_MIN = 50.7;
    static final double LAT_MAX = 53.7;
    static final int MAX_RING_POSITIONS = 5000;
    private static final Set<String> CONDITIONS = Set.of("A+", "A", "B", "C", "D");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("9999999999.99");

    /** A geometry as it came in, in the row's CRS: a point (one ring of one position) or polygon rings. */
    record Geometry(boolean polygon, List<List<double[]>> rings) {
        static Geometry point(double x, double y) {
            return new Geometry(false, List.of(List.<double[]>of(new double[] {x, y})));
        }
    }

    record StagedRow(String externalId, String type, String subtype, String speciesScientific, String speciesDutch,
                     BigDecimal quantity, String geometryKind, BigDecimal rdX, BigDecimal rdY, String geometryRd,
                     String district, String neighbourhoodCode, Integer plantingYear, int lifespanYears,
                     String condition, LocalDate inspectionDate, BigDecimal replacementValue) {
    }

    private final Catalogue catalogue;
    private final ImportErrors errors;
    private final int currentYear;
    private final boolean decimalComma;
    /** First row of each external id, to name duplicates within the file. */
    private final Map<String, Long> seen = new HashMap<>();

    RowValidator(Catalogue catalogue, ImportErrors errors, int currentYear, boolean decimalComma) {
        this.catalogue = catalogue;
        this.errors = errors;
        this.currentYear = currentYear;
        this.decimalComma = decimalComma;
    }

    /**
     * The staged row, or null when the row has errors (then they are in {@link ImportErrors}).
     * For a CSV row ({@code csv}) the point is in the x and y fields; for a feature {@code geometry} is
     * its geometry, or null when it was invalid (and already reported).
     */
    StagedRow validate(long row, Map<String, String> f, Geometry geometry, Crs fileCrs, boolean csv) {
        long before = errors.count();

        String externalId = text(row, f, EXTERNAL_ID, 80, true);
        if (externalId != null) {
            Long first = seen.putIfAbsent(externalId, row);
            if (first != null) {
                errors.row(row, EXTERNAL_ID, "Komt al voor in rij " + first + ": elke externalId één keer per bestand.");
            }
        }

        String typeValue = blank(f.get(TYPE)) ? "TREE" : f.get(TYPE).trim();
        String type = catalogue.type(typeValue);
        if (type == null) {
            errors.row(row, TYPE, "Onbekend type '" + typeValue + "'.");
        }
        Catalogue.Subtype subtype = null;
        if (type != null) {
            if (blank(f.get(SUBTYPE))) {
                subtype = catalogue.defaultSubtype(type);
            } else {
                subtype = catalogue.subtype(f.get(SUBTYPE));
                if (subtype == null || !subtype.type().equals(type)) {
                    errors.row(row, SUBTYPE, "Onbekend subtype '" + f.get(SUBTYPE).trim() + "' voor type " + type + ".");
                    subtype = null;
                }
            }
        }

        String speciesScientific = text(row, f, SPECIES_SCIENTIFIC, 120, false);
        String speciesDutch = text(row, f, SPECIES_DUTCH, 120, false);
        if (type != null && !type.equals("TREE")) {
            if (speciesScientific != null) {
                errors.row(row, SPECIES_SCIENTIFIC, "Alleen bomen hebben een soort.");
            }
            if (speciesDutch != null) {
                errors.row(row, SPECIES_DUTCH, "Alleen bomen hebben een soort.");
            }
        }

        Integer plantingYear = null;
        if (!blank(f.get(PLANTING_YEAR))) {
            try {
                plantingYear = Integer.parseInt(f.get(PLANTING_YEAR).trim());
                if (plantingYear < 1800 || plantingYear > currentYear) {
                    errors.row(row, PLANTING_YEAR, "Plantjaar " + plantingYear + " ligt niet tussen 1800 en " + currentYear + ".");
                }
            } catch (NumberFormatException notAYear) {
                errors.row(row, PLANTING_YEAR, "Geen jaartal: '" + f.get(PLANTING_YEAR).trim() + "'.");
            }
        }

        String district = text(row, f, DISTRICT, 80, true);
        String neighbourhood = text(row, f, NEIGHBOURHOOD_CODE, 10, false);

        String condition = null;
        if (!blank(f.get(CONDITION))) {
            condition = f.get(CONDITION).trim().toUpperCase(java.util.Locale.ROOT);
            if (!CONDITIONS.contains(condition)) {
                errors.row(row, CONDITION, "Conditie moet A+, A, B, C of D zijn (CROW).");
            }
        }
        LocalDate inspectionDate = null;
        if (!blank(f.get(INSPECTION_DATE))) {
            try {
                inspectionDate = LocalDate.parse(f.get(INSPECTION_DATE).trim());
                if (inspectionDate.isAfter(LocalDate.now())) {
                    errors.row(row, INSPECTION_DATE, "Inspectiedatum ligt in de toekomst.");
                }
            } catch (DateTimeParseException notADate) {
                errors.row(row, INSPECTION_DATE, "Geen datum (JJJJ-MM-DD).");
            }
        }
        if (condition != null && inspectionDate == null && blank(f.get(INSPECTION_DATE))) {
            errors.row(row, INSPECTION_DATE, "Verplicht bij een conditie: de datum van de inspectie.");
        }
        if (condition == null && inspectionDate != null) {
            errors.row(row, CONDITION, "Verplicht bij een inspectiedatum.");
        }

        Crs crs = fileCrs;
        if (!blank(f.get(CRS))) {
            crs = Crs.parse(f.get(CRS));
            if (crs == null) {
                errors.row(row, CRS, "Onbekend coördinatenstelsel '" + f.get(CRS).trim() + "': EPSG:28992 of EPSG:4326.");
            }
        }
        if (csv) {
            Double x = number(row, f, X);
            Double y = number(row, f, Y);
            if (x != null && y != null) {
                geometry = Geometry.point(x, y);
            }
        }
        List<List<double[]>> rd = crs == null || geometry == null ? null : toRd(row, geometry, crs);
        double area = 0;
        if (rd != null && geometry.polygon()) {
            area = checkPolygon(row, rd);
        }

        BigDecimal quantity = null;
        if (!blank(f.get(QUANTITY))) {
            try {
                quantity = new BigDecimal(decimal(f.get(QUANTITY)));
                if (quantity.signum() <= 0) {
                    errors.row(row, QUANTITY, "Hoeveelheid moet groter dan nul zijn.");
                } else if (quantity.stripTrailingZeros().scale() > 2 || quantity.compareTo(MAX_QUANTITY) > 0) {
                    errors.row(row, QUANTITY, "Hoeveelheid heeft hoogstens twee decimalen en tien cijfers voor de komma.");
                }
            } catch (NumberFormatException notANumber) {
                errors.row(row, QUANTITY, "Geen getal: '" + f.get(QUANTITY).trim() + "'.");
            }
        } else if ("TREE".equals(type)) {
            quantity = BigDecimal.ONE;
        } else if (rd != null && geometry.polygon() && area > 0) {
            quantity = BigDecimal.valueOf(area).setScale(2, RoundingMode.HALF_UP);
        } else if (type != null && (csv || (geometry != null && !geometry.polygon()))) {
            // A polygon that was refused already has its error; its area would have been the quantity.
            errors.row(row, QUANTITY, "Verplicht voor " + type + " zonder vlak: de hoeveelheid in m2 of m.");
        }

        if (errors.count() > before) {
            return null;
        }
        double[] centre = geometry.polygon() ? Polygons.centroid(rd.get(0)) : rd.get(0).get(0);
        return new StagedRow(externalId, type, subtype.code(), speciesScientific, speciesDutch,
                quantity.setScale(2, RoundingMode.UNNECESSARY), geometry.polygon() ? "POLYGON" : "POINT",
                metres(centre[0]), metres(centre[1]), geometry.polygon() ? ringsJson(rd) : null,
                district, neighbourhood, plantingYear, subtype.lifespanYears(), condition, inspectionDate,
                Valuation.replacementValue(quantity, subtype.unitCost()));
    }

    private List<List<double[]>> toRd(long row, Geometry geometry, Crs crs) {
        List<List<double[]>> rings = new ArrayList<>();
        boolean outside = false;
        for (List<double[]> ring : geometry.rings()) {
            List<double[]> converted = new ArrayList<>(ring.size());
            for (double[] p : ring) {
                double x = p[0];
                double y = p[1];
                if (crs == Crs.WGS84) {
                    if (p[0] < LON_MIN || p[0] > LON_MAX || p[1] < LAT_MIN || p[1] > LAT_MAX) {
                        outside = true;
                        continue;
                    }
                    RdNewFromWgs84.Rd r = RdNewFromWgs84.toRd(p[1], p[0]);
                    x = r.x();
                    y = r.y();
                }
                if (x < RD_MIN_X || x > RD_MAX_X || y < RD_MIN_Y || y > RD_MAX_Y) {
                    outside = true;
                }
                // Stored to the centimetre: round here so the polygon checked is the polygon stored.
                converted.add(new double[] {Math.round(x * 100) / 100.0, Math.round(y * 100) / 100.0});
            }
            rings.add(converted);
        }
        if (outside) {
            String field = geometry.polygon() ? "geometry" : X;
            errors.row(row, field, crs == Crs.WGS84
                    ? "Coördinaten buiten Nederland (WGS84: lengte 3,2-7,3, breedte 50,7-53,7)."
                    : "Coördinaten buiten Nederland (RD: x 0-300000, y 289000-629000).");
            return null;
        }
        return rings;
    }

    /** Checks rings for shape and simplicity; returns the area in m2 (0 when invalid). */
    private double checkPolygon(long row, List<List<double[]>> rings) {
        for (int i = 0; i < rings.size(); i++) {
            List<double[]> ring = rings.get(i);
            String name = i == 0 ? "buitenring" : "ring " + (i + 1);
            if (ring.size() < 4) {
                errors.row(row, "geometry", "Ongeldig vlak: de " + name + " heeft minder dan vier posities.");
                return 0;
            }
            if (ring.size() > MAX_RING_POSITIONS) {
                errors.row(row, "geometry", "Te groot vlak: de " + name + " heeft meer dan " + MAX_RING_POSITIONS + " posities.");
                return 0;
            }
            double[] first = ring.get(0);
            double[] last = ring.get(ring.size() - 1);
            if (first[0] != last[0] || first[1] != last[1]) {
                errors.row(row, "geometry", "Ongeldig vlak: de " + name + " is niet gesloten.");
                return 0;
            }
            if (Polygons.selfIntersects(ring)) {
                errors.row(row, "geometry", "Ongeldig vlak: de " + name + " snijdt zichzelf.");
                return 0;
            }
            if (Polygons.signedArea(ring) == 0) {
                errors.row(row, "geometry", "Ongeldig vlak: de " + name + " heeft geen oppervlakte.");
                return 0;
            }
        }
        double area = Polygons.area(rings);
        if (area <= 0) {
            errors.row(row, "geometry", "Ongeldig vlak: de gaten zijn groter dan het vlak.");
            return 0;
        }
        return area;
    }

    private static String ringsJson(List<List<double[]>> rings) {
        StringBuilder json = new StringBuilder("[");
        for (int r = 0; r < rings.size(); r++) {
            json.append(r == 0 ? "[" : ",[");
            List<double[]> ring = rings.get(r);
            for (int i = 0; i < ring.size(); i++) {
                json.append(i == 0 ? "[" : ",[").append(metres(ring.get(i)[0]).toPlainString()).append(',')
                        .append(metres(ring.get(i)[1]).toPlainString()).append(']');
            }
            json.append(']');
        }
        return json.append(']').toString();
    }

    private static BigDecimal metres(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private Double number(long row, Map<String, String> f, String field) {
        String value = f.get(field);
        if (blank(value)) {
            errors.row(row, field, "Verplicht.");
            return null;
        }
        try {
            double parsed = Double.parseDouble(decimal(value));
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException notANumber) {
            errors.row(row, field, "Geen getal: '" + value.trim() + "'.");
            return null;
        }
    }

    private String decimal(String value) {
        String trimmed = value.trim();
        return decimalComma ? trimmed.replace(',', '.') : trimmed;
    }

    private String text(long row, Map<String, String> f, String field, int max, boolean required) {
        String value = f.get(field);
        if (blank(value)) {
            if (required) {
                errors.row(row, field, "Verplicht.");
            }
            return null;
        }
        value = value.trim();
        if (value.length() > max) {
            errors.row(row, field, "Langer dan " + max + " tekens.");
            return null;
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
