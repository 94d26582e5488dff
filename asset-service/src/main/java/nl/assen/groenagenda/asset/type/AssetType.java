package nl.assen.groenagenda.asset.type;

/**
 * A kind of green asset in the register, aligned with IMBOR's object types and the IMGeo/BGT class
 * it is drawn from, with the unit in which its quantity is counted.
 */
public record AssetType(String code, String name, String unit, String imgeoClass, String imborType) {
}
