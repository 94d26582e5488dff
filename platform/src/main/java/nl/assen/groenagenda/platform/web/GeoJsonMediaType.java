package nl.assen.groenagenda.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** GeoJSON (RFC 7946) as a representation that lists offer maps next to plain JSON. */
public final class GeoJsonMediaType {

    public static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private GeoJsonMediaType() {
    }

    /** Whether the caller prefers GeoJSON over plain JSON; plain JSON when it names neither first. */
    public static boolean preferred(ServerHttpRequest request) {
        List<MediaType> accepted = new ArrayList<>(request.getHeaders().getAccept());
        MediaType.sortByQualityValue(accepted);
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.getType().equalsIgnoreCase("application") && type.getSubtype().equalsIgnoreCase("geo+json")) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }
}
