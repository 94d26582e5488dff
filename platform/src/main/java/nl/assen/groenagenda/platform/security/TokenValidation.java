package nl.assen.groenagenda.platform.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The checks every part of the suite applies to an access token beyond its signature: issued by our
 * realm, not expired (with a small, configurable clock skew), and meant for one of the audiences the
 * caller accepts. One definition, so that the gateway and the services cannot drift apart.
 */
public final class TokenValidation {

    private TokenValidation() {
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences, Duration clockSkew) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(clockSkew));
        validators.add(new JwtIssuerValidator(issuer));
        validators.add(audience(audiences));
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    static OAuth2TokenValidator<Jwt> audience(List<String> accepted) {
        if (accepted == null || accepted.isEmpty()) {
            throw new IllegalStateException("No accepted token audience configured: refusing to start without one");
        }
        OAuth2Error wrongAudience = new OAuth2Error("invalid_token", "The token is not meant for this service", null);
        return jwt -> {
            List<String> audience = jwt.getAudience();
            return audience != null && audience.stream().anyMatch(accepted::contains)
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(wrongAudience);
        };
    }
}
