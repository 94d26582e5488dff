package nl.assen.groenagenda.workflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * NL API Design Rules API-48: a path with a trailing slash does not exist. Answered before security,
 * so that the answer is the same 404 with or without a token. Camunda's webapps are left alone:
 * their own URLs end in a slash ({@code /camunda/app/cockpit/default/}).
 */
public class TrailingSlashFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;
    private final String webappPath;

    public TrailingSlashFilter(ProblemResponses problems, String webappPath) {
        this.problems = problems;
        this.webappPath = webappPath.endsWith("/") ? webappPath : webappPath + "/";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.length() > 1 && path.endsWith("/") && !path.startsWith(webappPath)) {
            problems.write(request, response, Problems.notFound());
            return;
        }
        chain.doFilter(request, response);
    }
}
