package nl.assen.groenagenda.gateway.web;

import java.net.URI;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator tunes for the web UI.
 *
 * @param mapTilesUrl     the background map as a Leaflet tile URL template ({z}/{x}/{y}); PDOK's BRT
 *                        achtergrondkaart by default. Empty: no background, for a network that cannot
 *                        reach it; the maps still draw their GeoJSON.
 * @param mapAttribution  the source line the tiles' licence asks for
 */
@ConfigurationProperties("groenagenda.web-ui")
public record WebUiProperties(
        @DefaultValue("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png")
        String mapTilesUrl,
        @DefaultValue("Kaartgegevens &copy; <a href=\"https://www.kadaster.nl\">Kadaster</a> (PDOK, BRT-Achtergrondkaart)")
        String mapAttribution) {

    public WebUiProperties {
        mapTilesUrl = mapTilesUrl == null || mapTilesUrl.isBlank() ? null : mapTilesUrl.strip();
        if (mapTilesUrl != null) {
            URI uri = withoutPlaceholders(mapTilesUrl);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "groenagenda.web-ui.map-tiles-url must be an absolute http(s) URL, not " + mapTilesUrl);
            }
        }
        mapAttribution = mapAttribution == null || mapAttribution.isBlank() ? null : mapAttribution;
    }

    /** The origin the browser must be allowed to load map images from (the CSP's img-src). */
    public Optional<String> tileOrigin() {
        if (mapTilesUrl == null) {
            return Optional.empty();
        }
        URI uri = withoutPlaceholders(mapTilesUrl);
        return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    /** {z}/{x}/{y} are no valid URI characters; without the braces the template parses as a URI. */
    private static URI withoutPlaceholders(String template) {
        return URI.create(template.replaceAll("[{}]", ""));
    }
}
