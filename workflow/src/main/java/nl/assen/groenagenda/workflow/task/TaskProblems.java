package nl.assen.groenagenda.workflow.task;

import java.util.List;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import nl.assen.groenagenda.workflow.web.Problems;
import org.springframework.http.HttpStatus;

/** The refusals of the task API, with Dutch titles and details as the user interface shows them. */
final class TaskProblems {

    private TaskProblems() {
    }

    static ProblemException taskNotFound() {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Deze taak bestaat niet (meer); misschien is ze al afgerond."));
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden", detail));
    }

    static ProblemException notYourTask() {
        return new ProblemException(Problem.of(HttpStatus.FORBIDDEN, "forbidden", "Geen toegang",
                "Deze taak is niet aan u of een van uw groepen aangeboden."));
    }

    static ProblemException notYourDepartment() {
        return new ProblemException(Problem.of(HttpStatus.FORBIDDEN, "forbidden", "Geen toegang",
                "Dit agendapunt hoort niet bij uw afdeling."));
    }

    static ProblemException claimedBySomeoneElse(String assignee) {
        return new ProblemException(Problem.of(HttpStatus.CONFLICT, "task-claimed", "Taak al opgepakt",
                "Deze taak is al opgepakt door " + assignee + ".").with("assignee", assignee));
    }

    static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(Problem.of(HttpStatus.CONFLICT, slug, title, detail));
    }

    static ProblemException invalid(List<Problem.InvalidParam> params) {
        return new ProblemException(Problems.invalidInput("Een of meer velden zijn niet geldig.", params));
    }

    static Problem serviceUnavailable() {
        return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Dienst niet beschikbaar",
                "Een andere dienst van de Groenagenda antwoordde niet. Probeer het later opnieuw.");
    }
}
