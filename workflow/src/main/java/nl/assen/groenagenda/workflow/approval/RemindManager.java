package nl.assen.groenagenda.workflow.approval;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Herinnering registreren: the manager's term has passed. Marks the open review task with
 * {@code reminderSince} (task-local, ISO instant), which the task list shows; the task stays open.
 * A retry keeps the first moment.
 */
@Component
public class RemindManager implements JavaDelegate {

    static final String REMINDER_SINCE = "reminderSince";

    private final TaskService tasks;

    public RemindManager(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String now = ClockUtil.getCurrentTime().toInstant().toString();
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("managerReview")
                .active()
                .list()
                .stream()
                .filter(task -> tasks.getVariableLocal(task.getId(), REMINDER_SINCE) == null)
                .forEach(task -> tasks.setVariableLocal(task.getId(), REMINDER_SINCE, now));
    }
}
