package nl.assen.groenagenda.workflow.task;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Every call to the process engine that the task API makes about user tasks, in one place: a later
 * move to the API-compatible fork Operaton then changes the imports here (and in the sibling facades
 * of this package) and nothing else.
 */
@Component
public class TaskInbox {

    /** The extension property on a BPMN user task that lists the decisions it accepts. */
    static final String DECISIONS_PROPERTY = "decisions";
    /** The task-local variable the escalation sets when a task's deadline has passed. */
    static final String REMINDER_SINCE = "reminderSince";
    /** The start variable with the agenda item's title (docs/workflow-processes.md). */
    static final String TITLE = "title";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    /** A deployed definition never changes, so what its steps accept can be kept for good. */
    private final Map<String, List<String>> decisionsByStep = new ConcurrentHashMap<>();

    public TaskInbox(TaskService tasks, RuntimeService runtime, RepositoryService repository) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    public record Page(List<OpenTask> tasks, long total) {
    }

    /**
     * One open task as the rules about who may act on it need it: its step, who holds it, and the
     * groups it is offered to.
     */
    public record TaskView(OpenTask task, String taskDefinitionKey, List<String> candidateGroups) {

        public TaskView {
            candidateGroups = List.copyOf(candidateGroups);
        }

        boolean isOfferedTo(Caller caller) {
            return candidateGroups.stream().anyMatch(caller.groups()::contains);
        }

        boolean isAssignedTo(Caller caller) {
            return caller.userId() != null && caller.userId().equals(task.assignee());
        }
    }

    /**
     * The caller's open tasks: assigned to them, or unassigned and offered to one of their groups
     * (a task a colleague has claimed is theirs). Oldest first, ties broken by id.
     */
    public Page openTasksOf(Caller caller, int offset, int limit) {
        if (caller.userId() == null && caller.groups().isEmpty()) {
            return new Page(List.of(), 0);
        }
        long total = query(caller).count();
        if (total == 0 || offset >= total) {
            return new Page(List.of(), total);
        }
        List<Task> found = query(caller)
                .orderByTaskCreateTime().asc()
                .orderByTaskId().asc()
                .listPage(offset, limit);
        return new Page(openTasks(found), total);
    }

    /** The open task with this id, or null when there is none (never was, or completed already). */
    public TaskView task(String taskId) {
        Task found = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (found == null) {
            return null;
        }
        List<String> groups = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toList();
        return new TaskView(openTasks(List.of(found)).get(0), found.getTaskDefinitionKey(), groups);
    }

    /** Someone else may have been quicker since the caller's task was read: that is a 409, not a 500. */
    public void claim(String taskId, String userId) {
        try {
            tasks.claim(taskId, userId);
        } catch (TaskAlreadyClaimedException taken) {
            throw TaskProblems.claimedBySomeoneElse(taken.getTaskAssignee());
        } catch (NullValueException | NotFoundException gone) {
            throw TaskProblems.taskNotFound();
        }
    }

    public void unclaim(String taskId) {
        tasks.setAssignee(taskId, null);
    }

    /**
     * Completes the task in the caller's transaction, so that it commits or rolls back together with
     * whatever else that transaction wrote. The decider becomes the assignee first, so Camunda's own
     * history names them too.
     */
    public void complete(String taskId, String userId, Map<String, Object> variables) {
        try {
            tasks.setAssignee(taskId, userId);
            tasks.complete(taskId, variables);
        } catch (NullValueException | NotFoundException gone) {
            throw TaskProblems.taskNotFound();
        } catch (OptimisticLockingException | SuspendedEntityInteractionException moved) {
            throw TaskProblems.conflict("task-changed", "Taak gewijzigd",
                    "De taak is intussen gewijzigd of gepauzeerd. Laad de takenlijst opnieuw.");
        }
    }

    /** A variable of the process instance as it is now, or null. */
    public Object processVariable(String processInstanceId, String name) {
        return runtime.getVariable(processInstanceId, name);
    }

    private TaskQuery query(Caller caller) {
        TaskQuery query = tasks.createTaskQuery().active();
        if (caller.groups().isEmpty()) {
            return query.taskAssignee(caller.userId());
        }
        if (caller.userId() == null) {
            // A token without a user name (Keycloak leaves it out without the profile scope).
            return query.taskCandidateGroupIn(caller.groups());
        }
        return query.or()
                .taskAssignee(caller.userId())
                .taskCandidateGroupIn(caller.groups())
                .endOr();
    }

    private List<OpenTask> openTasks(List<Task> found) {
        Map<String, String> businessKeys = businessKeys(found);
        Map<String, Instant> reminders = reminders(found);
        Map<String, String> titles = titles(found);
        return found.stream()
                .map(task -> new OpenTask(
                        task.getId(),
                        task.getName(),
                        businessKeys.get(task.getProcessInstanceId()),
                        titles.get(task.getProcessInstanceId()),
                        task.getProcessInstanceId(),
                        instant(task.getCreateTime()),
                        instant(task.getDueDate()),
                        task.getAssignee(),
                        decisions(task),
                        reminders.get(task.getId())))
                .toList();
    }

    private Map<String, String> businessKeys(List<Task> found) {
        Set<String> instanceIds = found.stream()
                .map(Task::getProcessInstanceId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /** The item titles the processes were started with: one query for the whole page. */
    private Map<String, String> titles(List<Task> found) {
        String[] instanceIds = found.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
        if (instanceIds.length == 0) {
            return Map.of();
        }
        Map<String, String> titles = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds).variableName(TITLE).disableCustomObjectDeserialization().list()) {
            if (variable.getValue() instanceof String title && variable.getExecutionId() != null
                    && variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                titles.put(variable.getProcessInstanceId(), title);
            }
        }
        return titles;
    }

    /** One query for the whole page rather than one per task. */
    private Map<String, Instant> reminders(List<Task> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        String[] taskIds = found.stream().map(Task::getId).toArray(String[]::new);
        Map<String, Instant> reminders = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .taskIdIn(taskIds).variableName(REMINDER_SINCE).disableCustomObjectDeserialization().list()) {
            Instant since = instant(variable.getValue());
            if (variable.getTaskId() != null && since != null) {
                reminders.put(variable.getTaskId(), since);
            }
        }
        return reminders;
    }

    private List<String> decisions(Task task) {
        if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
            return List.of();
        }
        return decisionsByStep.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                step -> declaredDecisions(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
    }

    private List<String> declaredDecisions(String processDefinitionId, String taskDefinitionKey) {
        if (!(repository.getBpmnModelInstance(processDefinitionId)
                .getModelElementById(taskDefinitionKey) instanceof UserTask step)
                || step.getExtensionElements() == null) {
            return List.of();
        }
        return step.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> DECISIONS_PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(Predicate.not(String::isEmpty))
                .distinct()
                .toList();
    }

    /** The escalation writes an ISO instant as text; a Date is accepted too, anything else ignored. */
    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                return null;
            }
        }
        return null;
    }
}
