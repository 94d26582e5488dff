package nl.assen.groenagenda.asset.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields an import understands, under their API names, and the column names they go by in CSV
 * headers and GeoJSON properties: our own names, and the Dutch names municipal open tree datasets use
 * (boomsoort, plantjaar, stamdiameterklasse, boomhoogteklasse, ...). Matching ignores case, spaces,
 * underscores and hyphens. Columns nobody asked for are ignored.
 */
final class ImportColumns {

    static final String EXTERNAL_ID = "externalId";
    static final String TYPE = "type";
    static final String SUBTYPE = "subtype";
    static final String SPECIES_SCIENTIFIC = "speciesScientific";
    static final String SPECIES_DUTCH = "speciesDutch";
    static final String QUANTITY = "quantity";
    static final String PLANTING_YEAR = "plantingYear";
    static final String DISTRICT = "district";
    static final String NEIGHBOURHOOD_CODE = "neighbourhoodCode";
    static final String CONDITION = "condition";
    static final String INSPECTION_DATE = "inspectionDate";
    static final String X = "x";
    static final String Y = "y";
    static final String CRS = "crs";
    /** Accepted and ignored: the register has no place for them (yet). */
    static final String TRUNK_DIAMETER_CLASS = "trunkDiameterClass";
    static final String HEIGHT_CLASS = "heightClass";

    /** Without these a CSV cannot be imported. */
    static final List<String> REQUIRED_CSV = List.of(EXTERNAL_ID, DISTRICT, X, Y);

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();
    /** Columns whose name says the coordinates are WGS84 degrees. */
    private static final List<String> WGS84_NAMES = List.of("lon", "lng", "longitude", "lengtegraad", "lat", "latitude", "breedtegraad");

    static {
        alias(EXTERNAL_ID, "externalid", "id", "lokaalid", "identificatie", "boomnummer", "objectnummer", "boomid");
        alias(TYPE, "type", "typecode", "objecttype", "soort");
        alias(SUBTYPE, "subtype", "subtypecode");
        alias(SPECIES_SCIENTIFIC, "speciesscientific", "species", "boomsoort", "soortnaam", "latijnsenaam",
                "wetenschappelijkenaam", "boomsoortwetenschappelijk", "soortnaamwetenschappelijk");
        alias(SPECIES_DUTCH, "speciesdutch", "nederlandsenaam", "boomsoortnederlands", "soortnaamnederlands", "soortnaamnl");
        alias(QUANTITY, "quantity", "aantal", "hoeveelheid", "oppervlakte");
        alias(PLANTING_YEAR, "plantingyear", "plantjaar", "aanlegjaar", "jaarvanaanleg");
        alias(DISTRICT, "district", "wijk", "wijknaam", "stadsdeel");
        alias(NEIGHBOURHOOD_CODE, "neighbourhoodcode", "buurtcode", "cbsbuurtcode");
        alias(CONDITION, "condition", "conditie", "kwaliteit", "beeldkwaliteit");
        alias(INSPECTION_DATE, "inspectiondate", "inspectiedatum", "datuminspectie");
        alias(X, "x", "rdx", "xcoordinaat", "xcoord", "lon", "lng", "longitude", "lengtegraad");
        alias(Y, "y", "rdy", "ycoordinaat", "ycoord", "lat", "latitude", "breedtegraad");
        alias(CRS, "crs", "epsg", "srid");
        alias(TRUNK_DIAMETER_CLASS, "trunkdiameterclass", "stamdiameterklasse", "diameterklasse", "stamdiameter");
        alias(HEIGHT_CLASS, "heightclass", "boomhoogteklasse", "hoogteklasse", "boomhoogte");
    }

    private ImportColumns() {
    }

    private static void alias(String field, String... names) {
        for (String name : names) {
            ALIASES.put(name, field);
        }
    }

    static String normalise(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The field a column feeds, or null for a column the import ignores. */
    static String field(String column) {
        return ALIASES.get(normalise(column));
    }

    static boolean namesWgs84(String column) {
        return WGS84_NAMES.contains(normalise(column));
    }
}
