package nl.assen.groenagenda.budget.kaderbrief;

import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A 409 problem, with extension members added fluently. */
final class Conflict extends ProblemException {

    Conflict(String slug, String title, String detail) {
        this(Problem.of(HttpStatus.CONFLICT, slug, title, detail));
    }

    private Conflict(Problem problem) {
        super(problem);
    }

    Conflict with(String name, Object value) {
        return new Conflict(problem().with(name, value));
    }
}
