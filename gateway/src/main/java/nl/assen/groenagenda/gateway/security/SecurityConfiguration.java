package nl.assen.groenagenda.gateway.security;

import java.util.Set;
import nl.assen.groenagenda.gateway.login.KeycloakLogin;
import nl.assen.groenagenda.platform.security.BearerTokenFromHeader;
import nl.assen.groenagenda.platform.security.ProblemAccessDeniedHandler;
import nl.assen.groenagenda.gateway.web.WebUiProperties;
import nl.assen.groenagenda.platform.security.ProblemAuthenticationEntryPoint;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

/**
 * The security of the public door, deny by default, in two chains for two kinds of callers:
 * <ul>
 * <li>scripts with {@code Authorization: Bearer}: a stateless resource server (the platform's token
 * definition: signature, issuer, expiry, audience), no session, no CSRF (no ambient credential).
 * Their chain holds only what they need, because it runs on every API call and the gateway's CPU
 * per request is what its benchmark measures;</li>
 * <li>browsers: OIDC login with Keycloak, the login kept in the server-side WebSession, CSRF
 * protection for writes via the {@code XSRF-TOKEN} cookie and {@code X-XSRF-TOKEN} header.</li>
 * </ul>
 * Only a request that asks for HTML is sent to the login page; any other unauthenticated request gets
 * a 401 problem+json, so that an API call never ends in Keycloak's login form.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /**
     * CSRF abuses an ambient credential, which here is the session cookie. A write without any cookie
     * (a script without a token) carries none, and deserves the honest 401, not a CSRF 403.
     */
    private static final ServerWebExchangeMatcher CARRIES_COOKIES = exchange ->
            exchange.getRequest().getHeaders().containsKey(HttpHeaders.COOKIE)
                    ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();

    @Bean
    @Order(1)
    SecurityWebFilterChain bearerSecurity(ServerHttpSecurity http,
                                          ReactiveJwtDecoder platformJwtDecoder,
                                          GatewaySecurityProperties properties,
                                          WebUiProperties webUi,
                                          RealmRoleConverter roles,
                                          ProblemWriter writer,
                                          ManagementPort managementPort) {
        var problem401 = new ProblemAuthenticationEntryPoint(writer);
        var problem403 = new ProblemAccessDeniedHandler(writer);
        return http
                .securityMatcher(BearerRequests.MATCHER)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problem401)
                        .accessDeniedHandler(problem403))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(problem401)
                        .accessDeniedHandler(problem403)
                        .bearerTokenConverter(new BearerTokenFromHeader())
                        .jwt(jwt -> jwt
                                .jwtDecoder(platformJwtDecoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(roles))))
                .headers(headers -> securityHeaders(headers, contentSecurityPolicy(properties, webUi)))
                .authorizeExchange(exchanges -> commonRules(exchanges, managementPort))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browserSecurity(ServerHttpSecurity http,
                                           ProblemWriter writer,
                                           GatewaySecurityProperties properties,
                                           WebUiProperties webUi,
                                           ServerOAuth2AuthorizationRequestResolver authorizationRequests,
                                           ServerOAuth2AuthorizedClientRepository authorizedClients,
                                           ServerLogoutSuccessHandler logoutSuccess,
                                           ManagementPort managementPort) {
        var problem401 = new ProblemAuthenticationEntryPoint(writer);
        var problem403 = new ProblemAccessDeniedHandler(writer);
        ServerRequestCache requestCache = new WebSessionServerRequestCache();

        return http
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(loginForBrowsersElse401(problem401, requestCache))
                        .accessDeniedHandler(problem403))
                .oauth2Login(login -> login
                        .authorizationRequestResolver(authorizationRequests)
                        .authorizedClientRepository(authorizedClients))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(logoutSuccess))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new HeaderFirstCsrfTokenRequestHandler())
                        .requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(
                                CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                                CARRIES_COOKIES))
                        .accessDeniedHandler(csrfRefused(writer)))
                .addFilterAfter(new CsrfTokenSubscribingWebFilter(), SecurityWebFiltersOrder.CSRF)
                .headers(headers -> securityHeaders(headers, contentSecurityPolicy(properties, webUi)))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers("/login/**", "/oauth2/**").permitAll();
                    commonRules(exchanges, managementPort);
                })
                .build();
    }

    private static void securityHeaders(ServerHttpSecurity.HeaderSpec headers, String contentSecurityPolicy) {
        // HSTS and nosniff stay Spring's defaults; HSTS is written only on responses to https requests.
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.mode(Mode.DENY));
    }

    /**
     * The configured policy, with the map's tile server added as an image source unless the policy
     * names its own img-src: otherwise configuring another background map would also mean editing the
     * CSP, and forgetting it leaves a grey map.
     */
    static String contentSecurityPolicy(GatewaySecurityProperties properties, WebUiProperties webUi) {
        String policy = properties.contentSecurityPolicy().strip();
        if (policy.contains("img-src") || webUi.tileOrigin().isEmpty()) {
            return policy;
        }
        return policy.replaceAll(";\\s*$", "") + "; img-src 'self' " + webUi.tileOrigin().get();
    }

    private static void commonRules(ServerHttpSecurity.AuthorizeExchangeSpec exchanges, ManagementPort managementPort) {
        exchanges.pathMatchers(HttpMethod.GET, "/api/*/v1/openapi.json").permitAll()
                // Health (status only) anywhere, for probes even if the actuator shares the port.
                .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .matchers(new AndServerWebExchangeMatcher(managementPort,
                        new PathPatternParserServerWebExchangeMatcher("/actuator/**"))).permitAll()
                .anyExchange().authenticated();
    }

    private static ServerAuthenticationEntryPoint loginForBrowsersElse401(ServerAuthenticationEntryPoint problem401,
                                                                          ServerRequestCache requestCache) {
        var asksForHtml = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        // "*/*" alone (curl, fetch) is not a browser asking for a page.
        asksForHtml.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        var login = new RedirectServerAuthenticationEntryPoint(KeycloakLogin.LOGIN_PATH);
        login.setRequestCache(requestCache);
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(new DelegateEntry(asksForHtml, login));
        entryPoint.setDefaultEntryPoint(problem401);
        return entryPoint;
    }

    private static CookieServerCsrfTokenRepository csrfCookie() {
        // Readable by the UI's script (it copies it into X-XSRF-TOKEN); useless to another site.
        var repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    private static ServerAccessDeniedHandler csrfRefused(ProblemWriter writer) {
        return (exchange, denied) -> writer.write(exchange, Problem.of(HttpStatus.FORBIDDEN, "csrf",
                "Verzoek geweigerd", "Het CSRF-token ontbreekt of klopt niet. Laad de pagina opnieuw."));
    }
}
