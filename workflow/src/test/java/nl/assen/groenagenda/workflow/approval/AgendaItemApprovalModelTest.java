package nl.assen.groenagenda.workflow.approval;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.assen.groenagenda.workflow.process.ModelChecks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The approval model as docs/workflow-processes.md describes it: ids, Dutch names, groups, jobs, drawing. */
class AgendaItemApprovalModelTest {

    private static final BpmnModelInstance MODEL = ModelChecks.read("bpmn/agenda-item-approval.bpmn");

    private static final Map<String, String> NAMES = Map.ofEntries(
            entry("submitted", "Agendapunt ingediend"),
            entry("managerReview", "Agendapunt beoordelen"),
            entry("managerReviewReminder", "Termijn verstreken"),
            entry("remindManager", "Herinnering registreren"),
            entry("reportReturned", "Terugsturen naar opsteller"),
            entry("reportRejected", "Afwijzing melden"),
            entry("reportApproved", "Goedkeuring melden"),
            entry("checkCoverage", "Dekking controleren"),
            entry("reserveBudget", "Budget reserveren"),
            entry("reportCovered", "Dekking melden"),
            entry("financeAdvice", "Financieel advies geven"),
            entry("reportReturnedByFinance", "Terugsturen naar opsteller"),
            entry("fileClaim", "Claim indienen in Kaderbrief"),
            entry("reportClaimed", "Claim melden"),
            entry("councilDecision", "Raadsbesluit over claim"),
            entry("reserveAdopted", "Toegekend budget reserveren"),
            entry("reportAdopted", "Vaststelling melden"),
            entry("reportRefusedReturned", "Terugsturen na afwijzing claim"),
            entry("reportDeferred", "Uitstellen naar volgende cyclus"));

    @Test
    void everyElementOfTheContractIsThereWithItsIdTypeAndDutchName() {
        ModelChecks.executableWithHistoryTimeToLive(MODEL, "agendaItemApproval", "Goedkeuring agendapunt");
        Map<String, Class<? extends FlowNode>> types = new java.util.HashMap<>();
        NAMES.keySet().forEach(id -> types.put(id, ServiceTask.class));
        types.put("submitted", StartEvent.class);
        types.put("managerReview", UserTask.class);
        types.put("financeAdvice", UserTask.class);
        types.put("managerReviewReminder", BoundaryEvent.class);
        types.put("councilDecision", IntermediateCatchEvent.class);
        ModelChecks.hasElements(MODEL, types, NAMES);
    }

    @Test
    void userTasksOfferTheirDecisionsToTheirGroups() {
        ModelChecks.userTask(MODEL, "managerReview", "afdelingsmanager:${department}", "APPROVE,RETURN,REJECT");
        ModelChecks.userTask(MODEL, "financeAdvice", "financieel-adviseur", "CLAIM,RETURN");
    }

    @Test
    void theReminderDoesNotInterruptTheReviewAndTheCouncilMessageIsCouncilDecision() {
        BoundaryEvent reminder = MODEL.getModelElementById("managerReviewReminder");
        assertThat(reminder.cancelActivity()).isFalse();
        assertThat(reminder.getAttachedTo().getId()).isEqualTo("managerReview");
        IntermediateCatchEvent council = MODEL.getModelElementById("councilDecision");
        assertThat(((MessageEventDefinition) council.getEventDefinitions().iterator().next()).getMessage().getName())
                .isEqualTo("councilDecision");
    }

    @Test
    void everyServiceTaskIsAsynchronousWithTheConfiguredRetriesAndEverythingIsDrawn() {
        ModelChecks.serviceTasksAreAsyncAndRetried(MODEL);
        ModelChecks.everythingIsDrawn(MODEL);
    }
}
