package nl.assen.groenagenda.platform.web;

/**
 * Thrown by business code to refuse a request with a specific problem (409 with a shortfall, 400 with
 * every invalid field). The error handler renders it as it is.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
