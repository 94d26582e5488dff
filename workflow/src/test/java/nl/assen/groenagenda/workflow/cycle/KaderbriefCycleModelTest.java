package nl.assen.groenagenda.workflow.cycle;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.assen.groenagenda.workflow.process.ModelChecks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The Kaderbrief cycle model as docs/workflow-processes.md describes it. */
class KaderbriefCycleModelTest {

    private static final BpmnModelInstance MODEL = ModelChecks.read("bpmn/kaderbrief-cycle.bpmn");

    @Test
    void everyElementOfTheContractIsThereWithItsIdTypeAndDutchName() {
        ModelChecks.executableWithHistoryTimeToLive(MODEL, "kaderbriefCycle", "Kaderbriefcyclus");
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Class<? extends FlowNode>> types = new LinkedHashMap<>();
        add(names, types, "cycleOpened", "Kaderbriefcyclus geopend", StartEvent.class);
        add(names, types, "intakeDeadline", "Deadline claims", IntermediateCatchEvent.class);
        add(names, types, "closeIntake", "Intake sluiten", ServiceTask.class);
        add(names, types, "bundleClaims", "Claims bundelen voor het college", UserTask.class);
        add(names, types, "recordCollegeProposal", "Voorstel college vastleggen", UserTask.class);
        add(names, types, "sendToCouncil", "Naar de raad", ServiceTask.class);
        add(names, types, "recordCouncilDecisions", "Raadsbesluit per claim vastleggen", UserTask.class);
        add(names, types, "closeCycle", "Cyclus afsluiten", ServiceTask.class);
        ModelChecks.hasElements(MODEL, types, names);
    }

    @Test
    void eachUserStepIsFinancesWithTheSingleDecisionDone() {
        for (String step : new String[] {"bundleClaims", "recordCollegeProposal", "recordCouncilDecisions"}) {
            ModelChecks.userTask(MODEL, step, "financieel-adviseur", "DONE");
        }
    }

    @Test
    void everyServiceTaskIsAsynchronousWithTheConfiguredRetriesAndEverythingIsDrawn() {
        ModelChecks.serviceTasksAreAsyncAndRetried(MODEL);
        ModelChecks.everythingIsDrawn(MODEL);
    }

    private static void add(Map<String, String> names, Map<String, Class<? extends FlowNode>> types, String id,
                            String name, Class<? extends FlowNode> type) {
        names.put(id, name);
        types.put(id, type);
    }
}
