package nl.assen.groenagenda.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;

class BearerTokenFromHeaderTest {

    private static final List<String> HEADERS = Arrays.asList(
            null, "Basic dXNlcjpwYXNz", "Bearer abc.def.ghi", "bearer abc.def.ghi", "BEARER abc.def-_~+/ghi==",
            "Bearer ", "Bearer", "Bearer  abc", "Bearer abc def", "Bearer abc=def", "Bearer ===",
            "Bearer abc\u00e9", "Bearerabc", "Bearer abc.def.ghi\n", "Token abc");

    @Test
    void takesTheSameTokensAndRefusesTheSameHeadersAsSpringSecuritysConverter() {
        var spring = new ServerBearerTokenAuthenticationConverter();
        var ours = new BearerTokenFromHeader();
        for (String header : HEADERS) {
            var request = MockServerHttpRequest.get("/api/x/v1/y");
            if (header != null) {
                request.header("Authorization", header);
            }
            var exchange = MockServerWebExchange.from(request);
            Outcome expected = outcome(() -> spring.convert(exchange).block());
            Outcome actual = outcome(() -> ours.convert(exchange).block());
            assertThat(actual).as("Authorization: %s", header).isEqualTo(expected);
        }
    }

    private record Outcome(String token, boolean refused) {
    }

    private static Outcome outcome(java.util.function.Supplier<Authentication> conversion) {
        Authentication[] result = new Authentication[1];
        Throwable error = catchThrowable(() -> result[0] = conversion.get());
        if (error != null) {
            return new Outcome(null, true);
        }
        return new Outcome(result[0] == null ? null : ((BearerTokenAuthenticationToken) result[0]).getToken(), false);
    }
}
