package nl.assen.groenagenda.workflow.task;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The engine's history and runtime, read for one agenda item's latest approval. */
@Component
public class ApprovalProgress {

    static final String INCIDENT = "INCIDENT";

    private final String process;
    private final HistoryService history;
    private final RuntimeService runtime;

    public ApprovalProgress(@Value("${groenagenda.workflow.processes.approval:agendaItemApproval}") String process,
                            HistoryService history, RuntimeService runtime) {
        this.process = process;
        this.history = history;
        this.runtime = runtime;
    }

    /** Null when the item never had an approval (or its history was cleaned up). */
    public ProcessView latest(String agendaItemId) {
        HistoricProcessInstance instance = latestInstance(agendaItemId);
        if (instance == null) {
            return null;
        }
        String id = instance.getId();
        boolean running = instance.getEndTime() == null;
        List<ProcessView.Incident> incidents = running
                ? runtime.createIncidentQuery().processInstanceId(id).list().stream()
                        .map(incident -> new ProcessView.Incident(incident.getActivityId(), incident.getIncidentMessage()))
                        .toList()
                : List.of();
        String state = running && !incidents.isEmpty() ? INCIDENT : instance.getState();
        return new ProcessView(id, state, running ? currentActivities(id) : List.of(), incidents,
                instant(instance.getStartTime()), instant(instance.getEndTime()), text(variable(id, "submissionId")));
    }

    /** The department the latest approval was offered to, or null when the item has none. */
    public String departmentOf(String agendaItemId) {
        HistoricProcessInstance instance = latestInstance(agendaItemId);
        return instance == null ? null : text(variable(instance.getId(), "department"));
    }

    private HistoricProcessInstance latestInstance(String agendaItemId) {
        List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(process)
                .processInstanceBusinessKey(agendaItemId)
                .orderByProcessInstanceStartTime().desc()
                .orderByProcessInstanceId().desc()
                .listPage(0, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    /** A variable of the instance itself (not one local to a task or step), as history last knew it. */
    private Object variable(String processInstanceId, String name) {
        return history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).disableCustomObjectDeserialization().list()
                .stream()
                .filter(variable -> processInstanceId.equals(variable.getActivityInstanceId()))
                .findFirst()
                .map(HistoricVariableInstance::getValue)
                .orElse(null);
    }

    /** The leaves of the activity tree: user tasks and waits, and steps whose asynchronous job is due. */
    private List<ProcessView.Activity> currentActivities(String processInstanceId) {
        ActivityInstance root = runtime.getActivityInstance(processInstanceId);
        List<ProcessView.Activity> current = new ArrayList<>();
        if (root != null) {
            collect(root, current);
        }
        return current;
    }

    private static void collect(ActivityInstance scope, List<ProcessView.Activity> into) {
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
                into.add(new ProcessView.Activity(child.getActivityId(), child.getActivityName()));
            } else {
                collect(child, into);
            }
        }
        for (TransitionInstance waiting : scope.getChildTransitionInstances()) {
            into.add(new ProcessView.Activity(waiting.getActivityId(), waiting.getActivityName()));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
