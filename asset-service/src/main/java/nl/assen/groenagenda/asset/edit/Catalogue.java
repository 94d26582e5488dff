package nl.assen.groenagenda.asset.edit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** The register's reference data an edit is checked against: the types, and per subtype its type, unit and norm. */
record Catalogue(Set<String> types, Map<String, Subtype> subtypes) {

    record Subtype(String code, String type, String unit, BigDecimal unitCost, int lifespanYears) {
    }
}
