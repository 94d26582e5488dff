package nl.assen.groenagenda.gateway.login;

import java.net.URI;
import nl.assen.groenagenda.platform.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;

/**
 * The browser side of the gateway (BFF): authorization code flow with PKCE against Keycloak, the
 * user's tokens kept in the server-side WebSession only, refreshed there when TokenRelay needs them,
 * and a logout that ends the Keycloak session as well.
 */
@Configuration(proxyBeanMethods = false)
public class LoginConfiguration {

    @Bean
    ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        return new RealmRoleOidcUserService();
    }

    /** Tokens live and die with the WebSession: logout or session expiry drops them, nothing else holds them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Used by TokenRelay: hands out the session user's access token, refreshing it when it has expired. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
                                                                  ServerOAuth2AuthorizedClientRepository clients) {
        var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /** PKCE (S256) on top of the client secret: a stolen authorization code is worthless on its own. */
    @Bean
    ServerOAuth2AuthorizationRequestResolver authorizationRequestResolver(ReactiveClientRegistrationRepository registrations) {
        var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * RP-initiated logout: after the gateway dropped its session the browser goes to Keycloak's
     * end-session endpoint with the ID token as hint and comes back to the start page. Keycloak client
     * {@code groenagenda-gateway} must allow {@code {baseUrl}/} as post-logout redirect URI.
     */
    @Bean
    ServerLogoutSuccessHandler logoutSuccessHandler(ReactiveClientRegistrationRepository registrations) {
        var handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        // A bearer caller or an already expired session has no Keycloak session to end here.
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }

    @Bean
    ExpiredLoginExceptionHandler expiredLoginExceptionHandler(ProblemWriter writer) {
        return new ExpiredLoginExceptionHandler(writer);
    }
}
