package nl.assen.groenagenda.workflow.approval;

import nl.assen.groenagenda.workflow.client.AgendaClient;
import nl.assen.groenagenda.workflow.client.Transition;
import nl.assen.groenagenda.workflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Reports a step of the approval to agenda-service. The transition id is the instance and the
 * service task, so a retry of the same task is the same step (agenda-service changes nothing the
 * second time), while a resubmission's new instance is a new one.
 */
@Component
class AgendaSteps {

    private final AgendaClient agenda;

    AgendaSteps(AgendaClient agenda) {
        this.agenda = agenda;
    }

    void report(DelegateExecution execution, String status, String actor, String reason) {
        report(execution, status, actor, reason, null, null);
    }

    void report(DelegateExecution execution, String status, String actor, String reason, Integer kaderbriefYear,
                String claimId) {
        String agendaItemId = Variables.required(execution, "agendaItemId");
        agenda.transition(agendaItemId, new Transition(
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId(),
                Variables.required(execution, "submissionId"), status, actor, reason, kaderbriefYear, claimId));
    }
}
