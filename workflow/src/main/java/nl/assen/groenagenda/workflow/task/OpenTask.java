package nl.assen.groenagenda.workflow.task;

import java.time.Instant;
import java.util.List;

/**
 * A user task waiting for someone, as the task list shows it. {@code title} is the agenda item's title
 * as it was submitted (null for a task of the Kaderbrief cycle). {@code decisions} are the choices the
 * task accepts, as its BPMN step declares them; {@code reminderSince} is when its deadline passed and
 * a reminder was registered (null while it has not).
 */
public record OpenTask(
        String id,
        String name,
        String agendaItemId,
        String title,
        String processInstanceId,
        Instant created,
        Instant due,
        String assignee,
        List<String> decisions,
        Instant reminderSince) {

    public OpenTask {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
