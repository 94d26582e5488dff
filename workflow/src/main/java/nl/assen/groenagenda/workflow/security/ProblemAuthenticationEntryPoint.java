package nl.assen.groenagenda.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.assen.groenagenda.workflow.web.ProblemResponses;
import nl.assen.groenagenda.workflow.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json with the {@code WWW-Authenticate} challenge of RFC 6750, as the platform's
 * reactive entry point answers it. The detail says no more than that the token was missing or not
 * accepted: why exactly is for the logs, not the caller.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean tokenRefused = failure instanceof OAuth2AuthenticationException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenRefused
                ? "Bearer realm=\"groenagenda\", error=\"invalid_token\""
                : "Bearer realm=\"groenagenda\"");
        problems.write(request, response, Problems.unauthenticated(tokenRefused));
    }
}
