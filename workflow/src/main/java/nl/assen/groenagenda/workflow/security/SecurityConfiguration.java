package nl.assen.groenagenda.workflow.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import nl.assen.groenagenda.platform.ApiProperties;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import nl.assen.groenagenda.platform.security.Roles;
import nl.assen.groenagenda.platform.security.TokenProperties;
import nl.assen.groenagenda.platform.security.TokenValidation;
import nl.assen.groenagenda.workflow.web.ProblemResponses;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * A stateless OAuth2 resource server, deny by default. Each endpoint states which roles may call it;
 * a request for any other handler is refused, a request for no handler at all gets its 404.
 *
 * <p>Camunda's webapps under {@code /camunda}, and the login endpoints they use, are not this
 * chain's: {@link CockpitSecurityConfiguration} serves them before it, with single sign-on through
 * Keycloak for {@code beheerder} only. Here there is no session and no redirect: a request without a
 * token is a 401 problem, also for {@code /engine-rest}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The Keycloak client whose service account delivers agenda-service's submissions. */
    static final String AGENDA_SERVICE_CLIENT = "agenda-service";

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiProperties api, ProblemResponses problems, JwtDecoder decoder,
                            ApplicationContext context) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems);
        var accessDenied = new ProblemAccessDeniedHandler(problems);
        var paths = withDefaults();
        http
                // Bearer tokens only, no cookies of ours: there is no session here to forge requests with.
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied)
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new RealmRoleConverter())))
                .authorizeHttpRequests(requests -> requests
                        // The error page renders a request that was already authorised (or refused).
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.GET, api.openApiPath())).permitAll()
                        .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**"),
                                paths.matcher("/actuator/info"), paths.matcher("/actuator/prometheus")).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.GET, api.basePath() + "/tasks"),
                                paths.matcher(HttpMethod.GET, api.basePath() + "/tasks/*"))
                        .hasAnyRole(Roles.MEDEWERKER, Roles.AFDELINGSMANAGER, Roles.FINANCIEEL_ADVISEUR, Roles.BEHEERDER)
                        // Acting on a task: the roles that BPMN offers tasks to. Whether this task is
                        // the caller's is decided per task, against its candidate groups.
                        .requestMatchers(paths.matcher(HttpMethod.POST, api.basePath() + "/tasks/*/claim"),
                                paths.matcher(HttpMethod.POST, api.basePath() + "/tasks/*/unclaim"),
                                paths.matcher(HttpMethod.POST, api.basePath() + "/tasks/*/completion"))
                        .hasAnyRole(Roles.AFDELINGSMANAGER, Roles.FINANCIEEL_ADVISEUR, Roles.BEHEERDER)
                        // Managers see only their own department's decisions; the handler checks that.
                        .requestMatchers(paths.matcher(HttpMethod.GET, api.basePath() + "/agenda-items/*/decisions"))
                        .hasAnyRole(Roles.AFDELINGSMANAGER, Roles.FINANCIEEL_ADVISEUR, Roles.BEHEERDER)
                        .requestMatchers(paths.matcher(HttpMethod.GET, api.basePath() + "/agenda-items/*/process"))
                        .hasAnyRole(Roles.MEDEWERKER, Roles.AFDELINGSMANAGER, Roles.FINANCIEEL_ADVISEUR, Roles.BEHEERDER)
                        .requestMatchers(paths.matcher(HttpMethod.POST, api.basePath() + "/kaderbrief-cycles/*/process"),
                                paths.matcher(HttpMethod.POST, api.basePath() + "/kaderbrief-cycles/*/decisions"))
                        .hasRole(Roles.FINANCIEEL_ADVISEUR)
                        // agenda-service's outbox only (ADR 0009): its service account, no person.
                        .requestMatchers(paths.matcher(HttpMethod.POST, api.basePath() + "/approvals"))
                        .access(RolesOrClient.of(AGENDA_SERVICE_CLIENT))
                        .requestMatchers(paths.matcher("/engine-rest/**")).hasRole(Roles.BEHEERDER)
                        .anyRequest().access(new UnmappedPathsOnly(context)));
        return http.build();
    }

    /**
     * Built from the platform's token properties and checks, like every other part of the suite.
     * The signing keys are fetched on the first token, not at start-up, so the service starts while
     * Keycloak is down; the timeouts keep a hanging Keycloak from holding request threads.
     */
    @Bean
    JwtDecoder jwtDecoder(TokenProperties token, RestTemplateBuilder http) {
        var keys = http.connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5)).build();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(token.jwkSetUriOrDefault()).restOperations(keys).build();
        decoder.setJwtValidator(TokenValidation.validator(token.issuerUri(), token.audiences(), token.clockSkew()));
        return decoder;
    }
}
