package nl.assen.groenagenda.systemtest;

import static nl.assen.groenagenda.systemtest.BrowserSession.HTML;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gateway serves its pages with the browser security headers; HSTS only where it would be true (https). */
class GatewaySecurityHeadersSystemTest {

    @Test
    void theHomePageCarriesCspNosniffAndReferrerPolicyAndNoHstsOverHttp() {
        BrowserSession browser = new BrowserSession().loggedInAs("medewerker");

        Response page = browser.get("/", HTML);

        assertThat(page.status()).as("status of %s", page).isEqualTo(200);
        assertThat(page.contentType()).as("Content-Type of %s", page).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).as("Content-Security-Policy of %s", page)
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors"));
        assertThat(page.header("X-Content-Type-Options")).as("X-Content-Type-Options of %s", page).hasValue("nosniff");
        assertThat(page.header("Referrer-Policy")).as("Referrer-Policy of %s", page)
                .hasValueSatisfying(policy -> assertThat(policy).isNotBlank().isNotEqualToIgnoringCase("unsafe-url"));
        if ("http".equals(browser.gateway("/").getScheme())) {
            assertThat(page.header("Strict-Transport-Security")).as("no HSTS over plain http on %s", page).isEmpty();
        }
    }
}
