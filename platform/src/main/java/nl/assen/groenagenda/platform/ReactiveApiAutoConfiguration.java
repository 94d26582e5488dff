package nl.assen.groenagenda.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import nl.assen.groenagenda.platform.security.ApiSecurity;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import nl.assen.groenagenda.platform.web.ApiVersionWebFilter;
import nl.assen.groenagenda.platform.web.ProblemWriter;
import nl.assen.groenagenda.platform.web.TrailingSlashWebFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * What a reactive service that publishes an API adds: the {@code API-Version} header, 404 for a
 * trailing slash, the OpenAPI description's info block and the builder for its security. The service
 * itself adds only its {@code SecurityWebFilterChain}, stating which roles may call what.
 */
@AutoConfiguration(after = ReactiveWebAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(name = "org.springframework.web.reactive.DispatcherHandler")
@ConditionalOnProperty("groenagenda.api.base-path")
@EnableConfigurationProperties(ApiProperties.class)
public class ReactiveApiAutoConfiguration {

    @Bean
    ApiVersionWebFilter apiVersionWebFilter(ApiProperties api) {
        return new ApiVersionWebFilter(api.version());
    }

    @Bean
    TrailingSlashWebFilter trailingSlashWebFilter(ProblemWriter writer) {
        return new TrailingSlashWebFilter(writer);
    }

    @Bean
    ApiSecurity apiSecurity(ApiProperties api, ProblemWriter writer, RealmRoleConverter roles,
                            ApplicationContext context) {
        return new ApiSecurity(api, writer, roles, context);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI groenagendaOpenApi(ApiProperties api) {
        var contact = new Contact()
                .name(api.contact().name())
                .email(api.contact().email())
                .url(api.contact().url());
        return new OpenAPI().info(new Info()
                .title(api.title())
                .description(api.description())
                .version(api.version())
                .contact(contact));
    }
}
