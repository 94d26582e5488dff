package nl.assen.groenagenda.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.assen.groenagenda.gateway.web.WebUiProperties;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    private static final WebUiProperties PDOK = new WebUiProperties(
            "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png", null);

    @Test
    void tileServerIsAddedAsTheOnlyForeignImageSource() {
        var properties = new GatewaySecurityProperties("default-src 'self'; object-src 'none';");
        assertThat(SecurityConfiguration.contentSecurityPolicy(properties, PDOK))
                .isEqualTo("default-src 'self'; object-src 'none'; img-src 'self' https://service.pdok.nl");
    }

    @Test
    void anOperatorsOwnImgSrcIsLeftAsItIs() {
        var properties = new GatewaySecurityProperties("default-src 'self'; img-src 'self' https://tiles.example.nl");
        assertThat(SecurityConfiguration.contentSecurityPolicy(properties, PDOK))
                .isEqualTo("default-src 'self'; img-src 'self' https://tiles.example.nl");
    }

    @Test
    void withoutBackgroundMapThePolicyStaysSelfOnly() {
        var properties = new GatewaySecurityProperties("default-src 'self'");
        assertThat(SecurityConfiguration.contentSecurityPolicy(properties, new WebUiProperties("", null)))
                .isEqualTo("default-src 'self'");
    }
}
