package nl.assen.groenagenda.platform.security;

import nl.assen.groenagenda.platform.ApiProperties;
import nl.assen.groenagenda.platform.web.ProblemWriter;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Builds a service's security: a stateless OAuth2 resource server that checks the JWT's signature,
 * issuer, expiry and audience (configured under {@code spring.security.oauth2.resourceserver.jwt}),
 * maps realm roles to authorities and renders 401 and 403 as problem+json. The service states per
 * endpoint which roles may call it; everything else that reaches a handler is refused.
 */
public class ApiSecurity {

    private final ApiProperties api;
    private final ProblemWriter writer;
    private final RealmRoleConverter roles;
    private final ApplicationContext context;

    public ApiSecurity(ApiProperties api, ProblemWriter writer, RealmRoleConverter roles, ApplicationContext context) {
        this.api = api;
        this.writer = writer;
        this.roles = roles;
        this.context = context;
    }

    public SecurityWebFilterChain build(ServerHttpSecurity http, Customizer<AuthorizeExchangeSpec> endpointRules) {
        var entryPoint = new ProblemAuthenticationEntryPoint(writer);
        var accessDenied = new ProblemAccessDeniedHandler(writer);
        return http
                // Bearer tokens only, no cookies: there is no browser session here to forge requests with.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(Customizer.withDefaults())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied)
                        .bearerTokenConverter(new BearerTokenFromHeader())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter(roles))))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.GET, api.openApiPath()).permitAll();
                    exchanges.pathMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                            "/actuator/prometheus").permitAll();
                    endpointRules.customize(exchanges);
                    exchanges.anyExchange().access(new UnmappedPathsOnly(context));
                })
                .build();
    }
}
