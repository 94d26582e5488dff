package nl.assen.groenagenda.workflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import nl.assen.groenagenda.platform.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Problem} straight to the servlet response. Filters, security handlers, exception
 * handlers and the error controller all use it, so every error has the same form, and writing does
 * not depend on content negotiation (a client that accepts only CSV still gets a readable problem).
 */
@Component
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Problem located = problem.instance() == null ? problem.withInstance(instance(request)) : problem;
        response.resetBuffer();
        response.setStatus(located.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), located.body());
        response.flushBuffer();
    }

    /** The path the client asked for; on an error dispatch that is not the error page's own path. */
    private static URI instance(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
