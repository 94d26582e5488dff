package nl.assen.groenagenda.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway's security needs beyond the token definition of the platform.
 *
 * @param contentSecurityPolicy sent on every response; {@code form-action} must name Keycloak,
 *                              because the logout form ends in a redirect there
 * @param jwtCacheSize          how many decoded bearer tokens are kept; 0 switches the cache off
 */
@ConfigurationProperties("groenagenda.gateway")
public record GatewaySecurityProperties(
        @DefaultValue("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'")
        String contentSecurityPolicy,
        @DefaultValue("2000") int jwtCacheSize) {
}
