package nl.assen.groenagenda.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebUiPropertiesTest {

    @Test
    void tileServerIsTheOriginOfTheTemplate() {
        var properties = new WebUiProperties("https://tiles.example.nl:8443/brt/{z}/{x}/{y}.png", "bron");
        assertThat(properties.tileOrigin()).contains("https://tiles.example.nl:8443");
    }

    @Test
    void emptyUrlMeansNoBackgroundAndNoExtraImageSource() {
        var properties = new WebUiProperties("  ", "");
        assertThat(properties.mapTilesUrl()).isNull();
        assertThat(properties.mapAttribution()).isNull();
        assertThat(properties.tileOrigin()).isEmpty();
    }

    @Test
    void relativeOrOtherSchemesAreRefusedAtStartup() {
        assertThatThrownBy(() -> new WebUiProperties("/tiles/{z}/{x}/{y}.png", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("map-tiles-url");
        assertThatThrownBy(() -> new WebUiProperties("javascript:alert(1)", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
