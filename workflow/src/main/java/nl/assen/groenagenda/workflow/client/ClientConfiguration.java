package nl.assen.groenagenda.workflow.client;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The HTTP clients of the service tasks. The registration is built by hand, not discovered from the
 * issuer, so the service starts while Keycloak is down; the token is fetched on the first call and
 * reused until it expires. Not a web login: the servlet app has no {@code oauth2Login}, so Boot's
 * OAuth2 client auto-configuration is not involved.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClientProperties.class)
class ClientConfiguration {

    static final String REGISTRATION = "workflow";

    /** Every call is the service account's, whoever's request or job thread makes it. */
    private static final Authentication SERVICE_ACCOUNT = new AnonymousAuthenticationToken("workflow",
            "workflow-service-account", AuthorityUtils.createAuthorityList("ROLE_SERVICE"));

    @Bean
    OAuth2AuthorizedClientService workflowAuthorizedClients(ClientProperties properties) {
        return new InMemoryOAuth2AuthorizedClientService(new InMemoryClientRegistrationRepository(registration(properties)));
    }

    private static ClientRegistration registration(ClientProperties properties) {
        return ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(properties.tokenUri())
                .build();
    }

    @Bean
    AuthorizedClientServiceOAuth2AuthorizedClientManager workflowClientManager(ClientProperties properties,
                                                                               OAuth2AuthorizedClientService authorizedClients) {
        var registrations = new InMemoryClientRegistrationRepository(registration(properties));
        var tokenClient = new RestClientClientCredentialsTokenResponseClient();
        tokenClient.setRestClient(RestClient.builder()
                .requestFactory(requestFactory(properties))
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(credentials -> credentials.accessTokenResponseClient(tokenClient))
                .build());
        return manager;
    }

    @Bean
    RestClient budgetRestClient(RestClient.Builder builder, ClientProperties properties,
                                AuthorizedClientServiceOAuth2AuthorizedClientManager manager,
                                OAuth2AuthorizedClientService authorizedClients) {
        return serviceAccountClient(builder, properties, manager, authorizedClients, properties.budgetUrl());
    }

    @Bean
    RestClient agendaRestClient(RestClient.Builder builder, ClientProperties properties,
                                AuthorizedClientServiceOAuth2AuthorizedClientManager manager,
                                OAuth2AuthorizedClientService authorizedClients) {
        return serviceAccountClient(builder, properties, manager, authorizedClients, properties.agendaUrl());
    }

    /** Budget-service on behalf of a user: their own bearer token, so its audit trail names them. */
    @Bean
    RestClient budgetOnBehalfOfUserRestClient(RestClient.Builder builder, ClientProperties properties) {
        return builder.clone().baseUrl(properties.budgetUrl()).requestFactory(requestFactory(properties)).build();
    }

    private static RestClient serviceAccountClient(RestClient.Builder builder, ClientProperties properties,
                                                   AuthorizedClientServiceOAuth2AuthorizedClientManager manager,
                                                   OAuth2AuthorizedClientService authorizedClients, String baseUrl) {
        var bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        // A 401 drops the cached token (revoked, or Keycloak restarted): the retry fetches a new one.
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION);
        bearer.setPrincipalResolver(request -> SERVICE_ACCOUNT);
        return builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requestFactory(properties))
                .requestInterceptor(bearer)
                .build();
    }

    private static ClientHttpRequestFactory requestFactory(ClientProperties properties) {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.timeout());
        factory.setReadTimeout(properties.timeout());
        return factory;
    }
}
