package nl.assen.groenagenda.workflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception that leaves a handler (or that the dispatcher raises for want of one) into
 * problem+json. Messages of exceptions never reach the client: they name classes and values.
 */
@RestControllerAdvice
class ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemResponses problems;

    ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    void problem(ProblemException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, e.problem());
    }

    @ExceptionHandler(BindException.class)
    void invalidFields(BindException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Problem.InvalidParam> params = new ArrayList<>();
        for (FieldError field : e.getFieldErrors()) {
            params.add(new Problem.InvalidParam(field.getField(), reason(field)));
        }
        e.getGlobalErrors().forEach(global ->
                params.add(new Problem.InvalidParam(global.getObjectName(), global.getDefaultMessage())));
        problems.write(request, response, Problems.invalidInput("Een of meer velden zijn niet geldig.", params));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    void invalidParameters(HandlerMethodValidationException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<Problem.InvalidParam> params = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                params.add(new Problem.InvalidParam(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        problems.write(request, response, Problems.invalidInput("Een of meer parameters zijn niet geldig.", params));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(request, response, Problems.invalidInput("Een of meer parameters zijn niet geldig.",
                List.of(new Problem.InvalidParam(e.getName(), typeReason(e.getRequiredType())))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    void missing(MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(request, response, Problems.invalidInput("Een of meer parameters ontbreken.",
                List.of(new Problem.InvalidParam(e.getParameterName(), "Deze parameter is verplicht."))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(request, response, Problems.invalidInput(
                "De body is geen geldige JSON of past niet bij het verwachte formaat.", List.of()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
                          HttpServletResponse response) throws IOException {
        List<String> supported = e.getSupportedMethods() == null ? List.of() : List.of(e.getSupportedMethods());
        response.setHeader(HttpHeaders.ALLOW, String.join(", ", supported));
        problems.write(request, response, Problems.methodNotAllowed(supported));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void unsupportedMediaType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, Problems.unsupportedMediaType());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, Problems.notAcceptable());
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, Problems.notFound());
    }

    @ExceptionHandler(Exception.class)
    void anyOther(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            // Spring Security's ExceptionTranslationFilter answers these with 401 or 403.
            throw e;
        }
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            problems.write(request, response, Problems.byStatus(known.getStatusCode()));
            return;
        }
        log.error("Unexpected error while handling a request", e);
        problems.write(request, response, Problems.internalError());
    }

    private static String reason(FieldError field) {
        if (field.contains(TypeMismatchException.class)) {
            return typeReason(field.unwrap(TypeMismatchException.class).getRequiredType());
        }
        return field.getDefaultMessage();
    }

    private static String typeReason(Class<?> requiredType) {
        if (requiredType != null && Number.class.isAssignableFrom(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(requiredType))) {
            return "Moet een geheel getal zijn.";
        }
        return "Deze waarde heeft niet het verwachte formaat.";
    }
}
