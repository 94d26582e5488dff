package nl.assen.groenagenda.workflow.web;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import nl.assen.groenagenda.platform.ApiProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters that run before Spring Security (order -100): first the correlation id, so
 * that even a refused request's log lines carry it; then the version header; then the trailing-slash
 * rule, so that such a path is 404 whether or not a token came with it.
 */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiVersionFilter> apiVersionFilter(ApiProperties api) {
        var registration = new FilterRegistrationBean<>(new ApiVersionFilter(api.version()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        return registration;
    }

    @Bean
    FilterRegistrationBean<TrailingSlashFilter> trailingSlashFilter(
            ProblemResponses problems, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<>(new TrailingSlashFilter(problems, webappPath));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        return registration;
    }
}
