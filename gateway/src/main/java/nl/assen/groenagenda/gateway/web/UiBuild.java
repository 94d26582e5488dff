package nl.assen.groenagenda.gateway.web;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.web.WebProperties;

/**
 * Where the web UI's build is: the static locations (classpath:/static/ from the jar, or a directory
 * that spring.web.resources.static-locations points at), each with a path inside the build.
 */
final class UiBuild {

    private UiBuild() {
    }

    static String[] locations(WebProperties web, String relativePath) {
        return Arrays.stream(web.getResources().getStaticLocations())
                .map(location -> location + (location.endsWith("/") ? "" : "/") + relativePath)
                .toArray(String[]::new);
    }
}
