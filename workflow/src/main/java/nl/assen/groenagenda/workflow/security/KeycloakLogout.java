package nl.assen.groenagenda.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Ends a Cockpit user's Keycloak session over the back channel: Keycloak's end-session endpoint,
 * called by the confidential client with the session's refresh token. A browser redirect to that
 * endpoint is impossible here, because Cockpit logs out with an XHR.
 */
class KeycloakLogout {

    private static final Logger log = LoggerFactory.getLogger(KeycloakLogout.class);

    private final ClientRegistration registration;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final RestClient http;

    KeycloakLogout(ClientRegistration registration, OAuth2AuthorizedClientRepository authorizedClients, RestClient http) {
        this.registration = registration;
        this.authorizedClients = authorizedClients;
        this.http = http;
    }

    void endSession(Authentication user, HttpServletRequest request) {
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(registration.getRegistrationId(), user, request);
        if (client == null || client.getRefreshToken() == null) {
            return;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("refresh_token", client.getRefreshToken().getTokenValue());
        try {
            http.post()
                    .uri(registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint").toString())
                    .headers(headers -> headers.setBasicAuth(registration.getClientId(), registration.getClientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            // The local session ends regardless; Keycloak's expires on its own idle timeout.
            log.warn("Keycloak session of {} not ended at logout: {}", user.getName(), e.getMessage());
        }
    }
}
