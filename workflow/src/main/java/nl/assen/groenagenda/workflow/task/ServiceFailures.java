package nl.assen.groenagenda.workflow.task;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.workflow.client.ServiceCallException;
import nl.assen.groenagenda.workflow.client.ServiceProblemException;
import nl.assen.groenagenda.workflow.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures of the other services the task API calls. Ordered first, because the service-wide handler
 * catches every exception and would otherwise answer these with a bare 500.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {TaskController.class, CycleController.class, AgendaItemController.class})
class ServiceFailures {

    private static final Logger log = LoggerFactory.getLogger(ServiceFailures.class);

    private final ProblemResponses problems;

    ServiceFailures(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ServiceCallException.class)
    void unavailable(ServiceCallException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.warn("A call to another service failed: {}", e.getMessage());
        problems.write(request, response, TaskProblems.serviceUnavailable());
    }

    /**
     * A refusal the caller can act on (budget-service's 400 listing invalid fields, its 409) reaches
     * them unchanged; anything else is our neighbour's fault, not theirs.
     */
    @ExceptionHandler(ServiceProblemException.class)
    void refused(ServiceProblemException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = e.status();
        String body = e.problemJson();
        if (status < 400 || status > 499 || body == null || body.isBlank()) {
            log.warn("Another service answered {}", status);
            problems.write(request, response, Problem.of(HttpStatus.BAD_GATEWAY, "bad-gateway", "Fout bij andere dienst",
                    "Een andere dienst van de Groenagenda kon het verzoek niet verwerken."));
            return;
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }
}
