package nl.assen.groenagenda.asset.imports;

import java.util.Locale;

/** The two coordinate reference systems an import accepts. */
enum Crs {
    RD_NEW, WGS84;

    /** The CRS a name denotes (EPSG:28992, 28992, urn:ogc:def:crs:EPSG::28992, EPSG:4326, CRS84, ...), or null. */
    static Crs parse(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.endsWith("CRS84") || n.equals("WGS84") || n.equals("4326") || n.equals("EPSG:4326") || n.endsWith("EPSG::4326")) {
            return WGS84;
        }
        if (n.equals("RD") || n.equals("RDNEW") || n.equals("RD NEW") || n.equals("28992") || n.equals("EPSG:28992")
                || n.endsWith("EPSG::28992")) {
            return RD_NEW;
        }
        return null;
    }
}
