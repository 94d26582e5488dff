package nl.assen.groenagenda.gateway.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.accept;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web UI is a single page: its screens are routes in the browser (src/main/frontend/src/routes.tsx).
 * A shared link or a reload asks the gateway for such a path, which gets the same index.html so that
 * the UI can draw the screen. Only the UI's own paths, and only for a browser asking for a page: any
 * other path stays an honest 404, and a script asking for JSON never gets HTML.
 */
@Configuration(proxyBeanMethods = false)
class WebUiRoutes {

    /** Keep in step with routes.tsx; "/" is served by Spring's welcome page already. */
    static final String[] CLIENT_ROUTES = {"/taken", "/taken/{taskId}"};

    @Bean
    RouterFunction<ServerResponse> webUiPages(@Value("classpath:/static/index.html") Resource index) {
        // The page names hashed asset files of one build: a browser must always ask for the current one.
        HandlerFunction<ServerResponse> page = request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(index);
        RouterFunctions.Builder routes = RouterFunctions.route();
        for (String path : CLIENT_ROUTES) {
            routes.GET(path, accept(MediaType.TEXT_HTML), page);
        }
        return routes.build();
    }
}
