package nl.assen.groenagenda.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway's security needs beyond the token definition of the platform.
 *
 * @param contentSecurityPolicy sent on every response; {@code form-action} must name Keycloak,
 *                              because the logout form ends in a redirect there
 */
@ConfigurationProperties("groenagenda.gateway")
public record GatewaySecurityProperties(
        @DefaultValue("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'")
        String contentSecurityPolicy) {
}
