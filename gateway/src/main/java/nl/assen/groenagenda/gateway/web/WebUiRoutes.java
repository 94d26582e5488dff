package nl.assen.groenagenda.gateway.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.accept;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web UI is a single page: its screens are routes in the browser (src/main/frontend/src/routes.tsx).
 * A shared link or a reload asks the gateway for such a path, which gets the same index.html so that
 * the UI can draw the screen. Only the UI's own sections, and only for a browser asking for a page: any
 * other path stays an honest 404, and a script asking for JSON never gets HTML.
 */
@Configuration(proxyBeanMethods = false)
class WebUiRoutes {

    /**
     * The top-level sections of routes.tsx; everything below one of them is the UI's to route. "/" is
     * served by Spring's welcome page already.
     */
    static final String[] SECTIONS = {"/taken", "/begroting", "/uitvoeringsagenda", "/groenareaal", "/rapportages"};

    @Bean
    RouterFunction<ServerResponse> webUiPages(WebProperties web, ResourceLoader resources) {
        Resource index = indexPage(web, resources);
        // The page names hashed asset files of one build: a browser must always ask for the current one.
        HandlerFunction<ServerResponse> page = request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(index);
        RouterFunctions.Builder routes = RouterFunctions.route();
        for (String section : SECTIONS) {
            // A PathPattern "/x/**" matches "/x" itself too.
            routes.GET(section + "/**", accept(MediaType.TEXT_HTML), page);
        }
        return routes.build();
    }

    /**
     * The same index.html that the welcome page serves: the first static location that has one, so
     * that spring.web.resources.static-locations can point a gateway at a UI build outside its jar.
     */
    private static Resource indexPage(WebProperties web, ResourceLoader resources) {
        return Arrays.stream(UiBuild.locations(web, "index.html"))
                .map(resources::getResource)
                .filter(Resource::exists)
                .findFirst()
                .orElseGet(() -> resources.getResource("classpath:/static/index.html"));
    }
}
