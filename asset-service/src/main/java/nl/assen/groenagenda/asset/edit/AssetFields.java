package nl.assen.groenagenda.asset.edit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.assen.groenagenda.asset.geo.GeoJson;

/**
 * The stored, editable state of one asset, column by column. Mutable on purpose: an edit is applied
 * field by field to a copy of the current state, and the audit compares the two.
 */
final class AssetFields {

    UUID id;
    String externalId;
    String type;
    String subtype;
    String speciesScientific;
    String speciesDutch;
    BigDecimal quantity;
    String geometryKind;
    BigDecimal rdX;
    BigDecimal rdY;
    String geometryRd;
    String district;
    String neighbourhoodCode;
    Integer plantingYear;
    Integer expectedLifespan;
    boolean lifespanFromNorm = true;
    String condition;
    LocalDate inspectionDate;
    String safetyClass;
    String protectionStatus;
    boolean shade;
    boolean waterStorage;
    String status;
    BigDecimal replacementValue;

    AssetFields copy() {
        AssetFields copy = new AssetFields();
        copy.id = id;
        copy.externalId = externalId;
        copy.type = type;
        copy.subtype = subtype;
        copy.speciesScientific = speciesScientific;
        copy.speciesDutch = speciesDutch;
        copy.quantity = quantity;
        copy.geometryKind = geometryKind;
        copy.rdX = rdX;
        copy.rdY = rdY;
        copy.geometryRd = geometryRd;
        copy.district = district;
        copy.neighbourhoodCode = neighbourhoodCode;
        copy.plantingYear = plantingYear;
        copy.expectedLifespan = expectedLifespan;
        copy.lifespanFromNorm = lifespanFromNorm;
        copy.condition = condition;
        copy.inspectionDate = inspectionDate;
        copy.safetyClass = safetyClass;
        copy.protectionStatus = protectionStatus;
        copy.shade = shade;
        copy.waterStorage = waterStorage;
        copy.status = status;
        copy.replacementValue = replacementValue;
        return copy;
    }

    /** The asset as the audit records it: the API's field names, geometry as GeoJSON in WGS84. */
    Map<String, Object> audit() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("externalId", externalId);
        view.put("type", type);
        view.put("subtype", subtype);
        view.put("species", speciesScientific == null && speciesDutch == null ? null
                : nullable("scientificName", speciesScientific, "dutchName", speciesDutch));
        view.put("quantity", cents(quantity));
        view.put("geometry", "POLYGON".equals(geometryKind) ? GeoJson.polygon(geometryRd)
                : GeoJson.point(rdX.doubleValue(), rdY.doubleValue()));
        view.put("district", district);
        view.put("neighbourhoodCode", neighbourhoodCode);
        view.put("plantingYear", plantingYear);
        view.put("expectedLifespan", expectedLifespan);
        view.put("condition", condition);
        view.put("inspectionDate", inspectionDate == null ? null : inspectionDate.toString());
        view.put("safetyClass", safetyClass);
        view.put("protectionStatus", protectionStatus);
        view.put("climateFunctions", Map.of("shade", shade, "waterStorage", waterStorage));
        view.put("status", status);
        view.put("replacementValue", cents(replacementValue));
        return view;
    }

    /** The fields that differ, as {before, after}; empty when nothing changed. */
    static Map<String, Map<String, Object>> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> is = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                was.put(field, before.get(field));
                is.put(field, value);
            }
        });
        return is.isEmpty() ? Map.of() : Map.of("before", was, "after", is);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Map<String, Object> nullable(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
