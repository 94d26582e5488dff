package nl.assen.groenagenda.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/** What docs/workflow-processes.md promises about a model, checked on the BPMN file itself. */
public final class ModelChecks {

    private ModelChecks() {
    }

    public static BpmnModelInstance read(String resource) {
        return Bpmn.readModelFromStream(ModelChecks.class.getClassLoader().getResourceAsStream(resource));
    }

    public static void executableWithHistoryTimeToLive(BpmnModelInstance model, String id, String name) {
        Process process = model.getModelElementById(id);
        assertThat(process.getName()).isEqualTo(name);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
    }

    /** Every element the contract names exists with that id, type and Dutch name. */
    public static void hasElements(BpmnModelInstance model, Map<String, Class<? extends FlowNode>> types,
                                   Map<String, String> names) {
        names.forEach((id, name) -> {
            BaseElement element = model.getModelElementById(id);
            assertThat(element).as(id).isInstanceOf(types.get(id));
            assertThat(((FlowNode) element).getName()).as(id).isEqualTo(name);
        });
    }

    /** Cockpit draws only what has diagram coordinates: every node a shape, every flow an edge. */
    public static void everythingIsDrawn(BpmnModelInstance model) {
        var drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).toList();
        var edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).toList();
        model.getModelElementsByType(FlowNode.class).forEach(node -> assertThat(drawn).as("shape").contains(node.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(flow -> assertThat(edges).as("edge").contains(flow.getId()));
    }

    /** Each service task runs in its own jobs, through its own bean, with the configured retries. */
    public static void serviceTasksAreAsyncAndRetried(BpmnModelInstance model) {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
            assertThat(task.isCamundaAsyncAfter()).as(task.getId()).isTrue();
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).isEqualTo("${" + task.getId() + "}");
            assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                    .singleResult().getTextContent()).as(task.getId()).isEqualTo("${retryPolicy.cycle}");
        }
    }

    /** The user task's candidate groups and decisions as TaskInbox reads them. */
    public static void userTask(BpmnModelInstance model, String id, String candidateGroups, String decisions) {
        UserTask task = model.getModelElementById(id);
        assertThat(task.getCamundaCandidateGroups()).isEqualTo(candidateGroups);
        var property = task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                .singleResult().getCamundaProperties().iterator().next();
        assertThat(property.getCamundaName()).isEqualTo("decisions");
        assertThat(property.getCamundaValue()).isEqualTo(decisions);
    }
}
