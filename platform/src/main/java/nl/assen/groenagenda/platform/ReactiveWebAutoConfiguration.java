package nl.assen.groenagenda.platform;

import io.micrometer.context.ContextRegistry;
import java.time.Clock;
import nl.assen.groenagenda.platform.correlation.CorrelationId;
import nl.assen.groenagenda.platform.correlation.CorrelationIdWebFilter;
import nl.assen.groenagenda.platform.correlation.RequestLogWebFilter;
import nl.assen.groenagenda.platform.security.CachingJwtDecoder;
import nl.assen.groenagenda.platform.security.HeaderCharacters;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import nl.assen.groenagenda.platform.security.TokenProperties;
import nl.assen.groenagenda.platform.security.TokenValidation;
import nl.assen.groenagenda.platform.web.ProblemJsonErrorHandler;
import nl.assen.groenagenda.platform.web.ProblemWriter;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.reactive.error.ErrorWebFluxAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Hooks;

/**
 * What every reactive application of the suite (the gateway included) does the same way: errors as
 * problem+json, a correlation id on every request and log line, and one definition of a valid token.
 */
@AutoConfiguration(before = {ErrorWebFluxAutoConfiguration.class, ReactiveOAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(name = "org.springframework.web.reactive.DispatcherHandler")
@EnableConfigurationProperties(TokenProperties.class)
public class ReactiveWebAutoConfiguration {

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(
                CorrelationId.CONTEXT_KEY,
                () -> MDC.get(CorrelationId.MDC_KEY),
                value -> MDC.put(CorrelationId.MDC_KEY, value),
                () -> MDC.remove(CorrelationId.MDC_KEY));
    }

    /**
     * Reactor hops threads; automatic context propagation carries the correlation id into MDC on every
     * hop, so that every log line that business code writes names it. It costs CPU on every operator:
     * a proxy such as the gateway, whose own few log lines set MDC themselves, switches it off with
     * {@code groenagenda.logging.reactor-context-propagation=false}.
     */
    @Bean
    @ConditionalOnProperty(name = "groenagenda.logging.reactor-context-propagation", matchIfMissing = true)
    ReactorContextPropagation reactorContextPropagation() {
        Hooks.enableAutomaticContextPropagation();
        return new ReactorContextPropagation();
    }

    /** Marks that automatic Reactor context propagation was switched on. */
    public static final class ReactorContextPropagation {
    }

    @Bean
    ProblemWriter problemWriter(ServerCodecConfigurer codecs) {
        return new ProblemWriter(codecs);
    }

    @Bean
    ProblemJsonErrorHandler problemJsonErrorHandler(ProblemWriter writer) {
        return new ProblemJsonErrorHandler(writer);
    }

    @Bean
    CorrelationIdWebFilter correlationIdWebFilter() {
        return new CorrelationIdWebFilter();
    }

    @Bean
    @ConditionalOnProperty(name = "groenagenda.request-log.enabled", matchIfMissing = true)
    RequestLogWebFilter requestLogWebFilter(
            @org.springframework.beans.factory.annotation.Value("${groenagenda.request-log.successful:true}") boolean successful) {
        return new RequestLogWebFilter(successful);
    }

    @Bean
    RealmRoleConverter realmRoleConverter() {
        return new RealmRoleConverter();
    }

    /**
     * Spring Security would wrap each of its filters in an observation on every request: more CPU than
     * some requests cost in total, for spans nobody collects. The http.server.requests metrics stay.
     */
    @Bean
    @ConditionalOnClass(name = "org.springframework.security.config.observation.SecurityObservationSettings")
    @ConditionalOnMissingBean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, with its header rules checked without regular expressions. */
    @Bean
    @ConditionalOnClass(name = "org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall")
    @ConditionalOnMissingBean
    org.springframework.security.web.server.firewall.ServerWebExchangeFirewall strictFirewall() {
        var firewall = new org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        return firewall;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(NimbusReactiveJwtDecoder.class)
    @ConditionalOnProperty("groenagenda.security.token.issuer-uri")
    static class TokenDecoding {

        @Bean
        @ConditionalOnMissingBean
        ReactiveJwtDecoder jwtDecoder(TokenProperties token) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(token.jwkSetUriOrDefault()).build();
            decoder.setJwtValidator(TokenValidation.validator(token.issuerUri(), token.audiences(), token.clockSkew()));
            return token.cacheSize() > 0
                    ? new CachingJwtDecoder(decoder, token.clockSkew(), token.cacheSize(), Clock.systemUTC())
                    : decoder;
        }
    }
}
