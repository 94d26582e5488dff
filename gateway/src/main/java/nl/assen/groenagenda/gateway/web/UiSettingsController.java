package nl.assen.groenagenda.gateway.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ui-settings}: the operator's settings the web UI needs at run time, so that changing
 * the map background is configuration and not a rebuild. Any logged-in user (security chain: every
 * path not opened explicitly needs authentication); nothing in it is secret, nor personal.
 */
@RestController
class UiSettingsController {

    private final UiSettings settings;

    UiSettingsController(WebUiProperties properties) {
        this.settings = new UiSettings(properties.mapTilesUrl(), properties.mapAttribution());
    }

    @GetMapping(path = "/ui-settings", produces = MediaType.APPLICATION_JSON_VALUE)
    UiSettings settings() {
        return settings;
    }

    record UiSettings(String mapTilesUrl, String mapAttribution) {
    }
}
