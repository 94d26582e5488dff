package nl.assen.groenagenda.workflow.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services the workflow calls live, how long it waits for them, and the service account it
 * calls them with (client credentials of Keycloak client {@code workflow}).
 */
@ConfigurationProperties("groenagenda.workflow.client")
public record ClientProperties(
        @DefaultValue("http://localhost:8082") String budgetUrl,
        @DefaultValue("http://localhost:8083") String agendaUrl,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("http://localhost:8180/realms/groenagenda/protocol/openid-connect/token") String tokenUri,
        @DefaultValue("workflow") String clientId,
        @DefaultValue("workflow-dev-secret") String clientSecret) {
}
