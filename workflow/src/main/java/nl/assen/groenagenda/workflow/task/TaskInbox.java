package nl.assen.groenagenda.workflow.task;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Every call to the process engine that the task API makes, in one place: a later move to the
 * API-compatible fork Operaton then changes the imports here and nothing else.
 */
@Component
public class TaskInbox {

    /** The extension property on a BPMN user task that lists the decisions it accepts. */
    static final String DECISIONS_PROPERTY = "decisions";

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
        Map<String, String> businessKeys = businessKeys(found);
        List<OpenTask> open = found.stream()
                .map(task -> new OpenTask(
                        task.getId(),
                        task.getName(),
                        businessKeys.get(task.getProcessInstanceId()),
                        task.getProcessInstanceId(),
                        instant(task.getCreateTime()),
                        instant(task.getDueDate()),
                        task.getAssignee(),
                        decisions(task)))
                .toList();
        return new Page(open, total);
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

    private Map<String, String> businessKeys(List<Task> found) {
        Set<String> instanceIds = found.stream()
                .map(Task::getProcessInstanceId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
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
                .filter(java.util.Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(Predicate.not(String::isEmpty))
                .distinct()
                .toList();
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
