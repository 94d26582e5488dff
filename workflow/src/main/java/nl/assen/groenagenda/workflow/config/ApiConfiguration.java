package nl.assen.groenagenda.workflow.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import nl.assen.groenagenda.platform.ApiProperties;
import nl.assen.groenagenda.platform.security.TokenProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's properties records are reused as they are; its auto-configuration that would
 * enable them only runs in reactive applications, so this servlet application enables them here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ApiProperties.class, TokenProperties.class})
class ApiConfiguration {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI workflowOpenApi(ApiProperties api) {
        var contact = new Contact()
                .name(api.contact().name())
                .email(api.contact().email())
                .url(api.contact().url());
        return new OpenAPI()
                .info(new Info()
                        .title(api.title())
                        .description(api.description())
                        .version(api.version())
                        .contact(contact))
                // Relative, so the document stays right behind the gateway, whatever host it has.
                .addServersItem(new Server().url("/"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
