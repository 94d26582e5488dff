package nl.assen.groenagenda.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a service says about its own API: where it lives and which version it is.
 * The version is the full semver that the {@code API-Version} header and the OpenAPI document carry.
 */
@Validated
@ConfigurationProperties("groenagenda.api")
public record ApiProperties(
        @NotBlank @Pattern(regexp = "/api/[a-z-]+/v\\d+") String basePath,
        @NotBlank @Pattern(regexp = "\\d+\\.\\d+\\.\\d+") String version,
        @NotBlank String title,
        String description,
        Contact contact) {

    public ApiProperties {
        if (contact == null) {
            contact = new Contact(null, null, null);
        }
    }

    public String openApiPath() {
        return basePath + "/openapi.json";
    }

    public record Contact(String name, String email, String url) {
    }
}
