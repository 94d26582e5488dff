package nl.assen.groenagenda.workflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * NL API Design Rules API-57: every response, errors included, names the full API version. Set
 * before the chain runs, so that security's 401 and 403 carry it too, and again on the error
 * dispatch, because the container may reset headers before rendering its error page.
 */
public class ApiVersionFilter extends OncePerRequestFilter {

    public static final String HEADER = "API-Version";

    private final String version;

    public ApiVersionFilter(String version) {
        this.version = version;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, version);
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
