package nl.assen.groenagenda.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

class HeaderCharactersTest {

    private static final List<String> SAMPLES = List.of(
            "", "application/json", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "café ünïcødé €",
            "tab\there", "line\nfeed", "carriage\rreturn", "nul\u0000", "del\u007f", "c1\u0085",
            "unassigned\u0378", "emoji \uD83C\uDF33", "lone surrogate \uD800", "private \uE000",
            "zero width\u200B", "line separator\u2028");

    @Test
    void acceptsAndRefusesExactlyWhatSpringSecuritysStrictFirewallDoes() {
        for (String sample : SAMPLES) {
            assertThat(HeaderCharacters.allowedValue(sample))
                    .as("header value %s", sample.replaceAll("\\p{Cntrl}", "?"))
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(sample));
            assertThat(HeaderCharacters.allowedName(sample))
                    .as("header name %s", sample.replaceAll("\\p{Cntrl}", "?"))
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(sample));
        }
    }

    @Test
    void agreesWithSpringSecurityOnEveryCodePoint() {
        for (int codePoint = 0; codePoint < Character.MAX_CODE_POINT + 1; codePoint++) {
            String text = new String(Character.toChars(codePoint));
            assertThat(HeaderCharacters.allowedValue(text)).as("U+%04X in a value", codePoint)
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text));
            assertThat(HeaderCharacters.allowedName(text)).as("U+%04X in a name", codePoint)
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(text));
        }
    }
}
