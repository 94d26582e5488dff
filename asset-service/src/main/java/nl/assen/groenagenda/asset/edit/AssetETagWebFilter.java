package nl.assen.groenagenda.asset.edit;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives {@code GET /assets/{id}} (register/) the ETag an edit needs in If-Match. The version is read
 * before the asset itself, so the ETag is never newer than the body it comes with: at worst an edit based
 * on it gets a 412, never a silent overwrite. Runs after security, so anonymous calls never reach the
 * database here. Interim: once register/ sets the ETag itself, this filter goes.
 */
@Component
class AssetETagWebFilter implements WebFilter {

    private static final Pattern ONE_ASSET = Pattern.compile(
            "/api/assets/v1/assets/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private final AssetEditRepository assets;

    AssetETagWebFilter(AssetEditRepository assets) {
        this.assets = assets;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getMethod() != HttpMethod.GET) {
            return chain.filter(exchange);
        }
        Matcher matcher = ONE_ASSET.matcher(exchange.getRequest().getPath().pathWithinApplication().value());
        if (!matcher.matches()) {
            return chain.filter(exchange);
        }
        return assets.version(UUID.fromString(matcher.group(1)))
                .doOnNext(version -> exchange.getResponse().getHeaders().setETag(Versions.etag(version)))
                .then(chain.filter(exchange));
    }
}
