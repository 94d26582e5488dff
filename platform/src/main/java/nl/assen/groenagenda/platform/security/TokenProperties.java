package nl.assen.groenagenda.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where tokens come from and for whom they must be meant. {@code jwkSetUri} is read lazily, so a
 * service starts while Keycloak is still starting.
 */
@ConfigurationProperties("groenagenda.security.token")
public record TokenProperties(
        String issuerUri,
        String jwkSetUri,
        List<String> audiences,
        @DefaultValue("30s") Duration clockSkew) {

    public String jwkSetUriOrDefault() {
        return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
    }
}
