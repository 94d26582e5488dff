package nl.assen.groenagenda.gateway.web;

import java.time.Duration;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * The build's scripts, styles and images under /assets carry a hash of their content in their name:
 * a new build has new names, so a browser may keep them for good instead of fetching half a megabyte
 * again on every visit. Private, because they are served only to a logged-in user. index.html, which
 * names them, is never cached (WebUiRoutes).
 */
@Configuration(proxyBeanMethods = false)
class WebUiAssets implements WebFluxConfigurer {

    static final CacheControl HASHED_FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final WebProperties web;

    WebUiAssets(WebProperties web) {
        this.web = web;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(UiBuild.locations(web, "assets/"))
                .setCacheControl(HASHED_FOREVER);
    }
}
