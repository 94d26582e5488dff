package nl.assen.groenagenda.gateway.login;

import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.platform.security.TokenProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;

/**
 * The Keycloak client registration, with every endpoint configured explicitly (application.yml) so
 * that the gateway starts while Keycloak is down: Boot would otherwise fetch the discovery document
 * at start-up as soon as an issuer-uri is set. Two things Boot's properties cannot express are added
 * here: the expected issuer, so that the ID token's {@code iss} is still checked, and the end-session
 * endpoint, so that logout ends the Keycloak session too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class ClientRegistrationConfiguration {

    @Bean
    InMemoryReactiveClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
                                                                             TokenProperties token) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties)
                .asClientRegistrations().values().stream()
                .map(registration -> KeycloakLogin.REGISTRATION_ID.equals(registration.getRegistrationId())
                        ? withKeycloakIssuer(registration, token.issuerUri())
                        : registration)
                .toList();
        return new InMemoryReactiveClientRegistrationRepository(registrations);
    }

    private static ClientRegistration withKeycloakIssuer(ClientRegistration registration, String issuer) {
        return ClientRegistration.withClientRegistration(registration)
                .issuerUri(issuer)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", KeycloakLogin.endSessionEndpoint(issuer)))
                .build();
    }
}
