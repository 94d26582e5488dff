package nl.assen.groenagenda.asset.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RdNewTest {

    /** Distance in metres between two nearby WGS84 positions (equirectangular, fine over metres). */
    private static double metres(RdNew.Wgs84 a, double latitude, double longitude) {
        double dLat = Math.toRadians(a.latitude() - latitude) * 6_371_000;
        double dLon = Math.toRadians(a.longitude() - longitude) * 6_371_000 * Math.cos(Math.toRadians(latitude));
        return Math.hypot(dLat, dLon);
    }

    @Test
    void amersfoortTheRdOriginIsItsPublishedWgs84Position() {
        RdNew.Wgs84 origin = RdNew.toWgs84(155000, 463000);
        assertThat(origin.latitude()).isCloseTo(52.15517440, within(1e-9));
        assertThat(origin.longitude()).isCloseTo(5.38720621, within(1e-9));
    }

    // Reference positions computed with PROJ 9 (EPSG:28992 -> EPSG:4326, the 1 m Helmert operation).
    @Test
    void aPointInAssenIsWithinAMetreOfTheReference() {
        assertThat(metres(RdNew.toWgs84(233600, 556800), 52.99243236, 6.55781736)).isLessThan(1.0);
        assertThat(metres(RdNew.toWgs84(230000, 553000), 52.95880295, 6.50333616)).isLessThan(1.0);
        assertThat(metres(RdNew.toWgs84(238000, 561000), 53.02950736, 6.62440623)).isLessThan(1.0);
    }

    @Test
    void farFromTheOriginTheApproximationStaysWithinAboutAMetre() {
        assertThat(metres(RdNew.toWgs84(233883, 582065), 53.21937958, 6.56819574)).as("Groningen").isLessThan(1.5);
        assertThat(metres(RdNew.toWgs84(176000, 317000), 50.84246018, 5.68533356)).as("Maastricht").isLessThan(1.5);
    }

    @Test
    void geoJsonWritesLongitudeBeforeLatitude() {
        var point = GeoJson.point(233600, 556800);
        assertThat(point.get("type")).isEqualTo("Point");
        assertThat(point.get("coordinates").toString()).startsWith("[6.55");
    }
}
