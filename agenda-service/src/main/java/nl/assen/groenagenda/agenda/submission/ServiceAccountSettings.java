package nl.assen.groenagenda.agenda.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** This service's own Keycloak client, whose client-credentials token it shows the workflow service. */
@ConfigurationProperties("groenagenda.service-account")
public record ServiceAccountSettings(String tokenUri, String clientId, String clientSecret) {
}
