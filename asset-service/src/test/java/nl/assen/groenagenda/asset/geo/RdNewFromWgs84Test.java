package nl.assen.groenagenda.asset.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RdNewFromWgs84Test {

    @Test
    void amersfoortIsTheOrigin() {
        RdNewFromWgs84.Rd origin = RdNewFromWgs84.toRd(52.15517440, 5.38720621);
        assertThat(origin.x()).isCloseTo(155000, within(1e-6));
        assertThat(origin.y()).isCloseTo(463000, within(1e-6));
    }

    // The same PROJ 9 reference positions as RdNewTest, the other way round.
    @Test
    void aPointInAssenIsWithinAMetreOfTheReference() {
        RdNewFromWgs84.Rd rd = RdNewFromWgs84.toRd(52.99243236, 6.55781736);
        assertThat(Math.hypot(rd.x() - 233600, rd.y() - 556800)).isLessThan(1.0);
        RdNewFromWgs84.Rd groningen = RdNewFromWgs84.toRd(53.21937958, 6.56819574);
        assertThat(Math.hypot(groningen.x() - 233883, groningen.y() - 582065)).isLessThan(1.5);
    }

    @Test
    void roundTripOverAssenAndTheCountryStaysWithinAMetre() {
        double worst = 0;
        for (double x = 0; x <= 280000; x += 20000) {
            for (double y = 300000; y <= 620000; y += 20000) {
                RdNew.Wgs84 wgs84 = RdNew.toWgs84(x, y);
                RdNewFromWgs84.Rd back = RdNewFromWgs84.toRd(wgs84.latitude(), wgs84.longitude());
                worst = Math.max(worst, Math.hypot(back.x() - x, back.y() - y));
            }
        }
        assertThat(worst).as("worst round-trip error over the RD area, metres").isLessThan(1.0);
        double assen = 0;
        for (double x = 230000; x <= 238000; x += 250) {
            for (double y = 553000; y <= 561000; y += 250) {
                RdNew.Wgs84 wgs84 = RdNew.toWgs84(x, y);
                RdNewFromWgs84.Rd back = RdNewFromWgs84.toRd(wgs84.latitude(), wgs84.longitude());
                assen = Math.max(assen, Math.hypot(back.x() - x, back.y() - y));
            }
        }
        assertThat(assen).as("worst round-trip error in Assen, metres").isLessThan(0.25);
    }
}
