package nl.assen.groenagenda.workflow.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.assen.groenagenda.platform.security.Roles;
import nl.assen.groenagenda.platform.security.TokenProperties;
import nl.assen.groenagenda.workflow.web.ProblemResponses;
import nl.assen.groenagenda.workflow.web.Problems;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.client.RestClient;

/**
 * Single sign-on through Keycloak for Camunda's own webapps (Cockpit, Tasklist, Admin), open to realm
 * role {@code beheerder} only. Unlike the API this is a browser session: a login with authorization
 * code + PKCE, the user kept in the HTTP session, and Camunda told who it is through its
 * {@link ContainerBasedAuthenticationFilter}, so that Camunda's own login form is never needed.
 *
 * <p>Its chain matches only the webapps and the login endpoints and comes before the API chain, which
 * thus stays stateless and never redirects.
 */
@Configuration(proxyBeanMethods = false)
class CockpitSecurityConfiguration {

    static final String REGISTRATION = "workflow-cockpit";
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION;

    /**
     * Each browser user's tokens in their own session: the service's in-memory client service holds
     * only its service account, and would keep every browser user's tokens forever. The repository
     * itself keeps nothing, so the login and the logout share it.
     */
    private static final OAuth2AuthorizedClientRepository AUTHORIZED_CLIENTS = new HttpSessionOAuth2AuthorizedClientRepository();

    /** A hanging Keycloak must not hold a request thread for long, at login or at logout. */
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    @Order(1)
    SecurityFilterChain cockpit(HttpSecurity http, ProblemResponses problems,
                                @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
                                @Value("${groenagenda.workflow.cockpit.client-secret}") String clientSecret,
                                TokenProperties token) throws Exception {
        var paths = withDefaults();
        var registrations = new InMemoryClientRegistrationRepository(registration(token, clientSecret));
        RequestMatcher pages = pageRequests();
        var requestCache = new HttpSessionRequestCache();
        // Only a page is worth returning to after the login, never one of the webapps' XHR calls.
        requestCache.setRequestMatcher(pages);
        http
                .securityMatcher(new OrRequestMatcher(paths.matcher(webappPath + "/**"), paths.matcher("/oauth2/**"),
                        paths.matcher("/login/oauth2/**")))
                // Camunda's CsrfPreventionFilter already guards every state-changing call of the
                // webapps with its own token; Spring's would refuse them, not knowing that token. The
                // login's callback is a GET, bound to its request by state and PKCE.
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                // Cockpit logs out through its own API call, an XHR that cannot follow a redirect to
                // Keycloak: KeycloakUserAuthenticationFilter ends the sessions after it. Spring's
                // logout endpoint would be a second one that no page links to.
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.requestCache(requestCache))
                .oauth2Login(login -> login
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(AUTHORIZED_CLIENTS)
                        .tokenEndpoint(tokens -> tokens.accessTokenResponseClient(tokenClient()))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new RealmRoleOidcUserService()))
                        // A failed login (refused consent, stale state) gets no page of its own.
                        .failureHandler((request, response, failure) ->
                                problems.write(request, response, Problems.unauthenticated(false))))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint(pages, problems))
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole(Roles.BEHEERDER));
        return http.build();
    }

    /**
     * Camunda's filter that takes the user from the container instead of its login form: registered
     * after Spring Security's filter (order -100) and before Camunda's own AuthenticationFilter, whose
     * initializer registers it later, so that Camunda finds the user already in its session.
     */
    @Bean
    FilterRegistrationBean<KeycloakUserAuthenticationFilter> camundaContainerAuthentication(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
            @Value("${groenagenda.workflow.cockpit.client-secret}") String clientSecret,
            TokenProperties token) {
        var logout = new KeycloakLogout(registration(token, clientSecret), AUTHORIZED_CLIENTS,
                RestClient.builder().requestFactory(requestFactory()).build());
        var registration = new FilterRegistrationBean<>(new KeycloakUserAuthenticationFilter(webappPath, logout));
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(webappPath + "/*");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        registration.setOrder(101);
        return registration;
    }

    /**
     * Built by hand rather than by issuer discovery, so that the service starts while Keycloak is
     * down: the endpoints are Keycloak's fixed ones under the issuer that tokens are checked against.
     */
    static ClientRegistration registration(TokenProperties token, String clientSecret) {
        String oidc = token.issuerUri() + "/protocol/openid-connect";
        return ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(REGISTRATION)
                .clientSecret(clientSecret)
                .clientName("Camunda Cockpit")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .issuerUri(token.issuerUri())
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .jwkSetUri(token.jwkSetUriOrDefault())
                // No userinfo call: the ID token names the user, the access token carries the roles.
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                // A confidential client gets no PKCE from Spring unless asked; Keycloak requires it.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    private static RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(requestFactory())
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    private static ClientHttpRequestFactory requestFactory() {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(KEYCLOAK_TIMEOUT);
        factory.setReadTimeout(KEYCLOAK_TIMEOUT);
        return factory;
    }

    private static RequestMatcher pageRequests() {
        var html = new MediaTypeRequestMatcher(new HeaderContentNegotiationStrategy(), MediaType.TEXT_HTML);
        // "*/*" (curl, XHR without Accept) is no browser asking for a page.
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    /** A browser asking for a page goes to Keycloak's login; the webapps' API calls get a 401. */
    private static AuthenticationEntryPoint entryPoint(RequestMatcher pages, ProblemResponses problems) {
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(pages, new LoginUrlAuthenticationEntryPoint(LOGIN_PATH));
        var entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint((request, response, failure) ->
                problems.write(request, response, Problems.unauthenticated(false)));
        return entryPoint;
    }
}
