package nl.assen.groenagenda.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where tokens come from and for whom they must be meant. {@code jwkSetUri} is read lazily, so a
 * service starts while Keycloak is still starting. {@code cacheSize}: how many accepted tokens are
 * remembered until they expire ({@link CachingJwtDecoder}); 0 switches that off.
 */
@ConfigurationProperties("groenagenda.security.token")
public record TokenProperties(
        String issuerUri,
        String jwkSetUri,
        List<String> audiences,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("2000") int cacheSize) {

    public String jwkSetUriOrDefault() {
        return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
    }
}
