package nl.assen.groenagenda.workflow.task;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The engine side of the Kaderbrief endpoints: the cycle's process and the council's decisions. */
@Component
public class CycleProcesses {

    public static final String COUNCIL_DECISION = "councilDecision";

    private final String process;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    /** The key is configurable only so that tests can run a small model of their own under another key. */
    public CycleProcesses(@Value("${groenagenda.workflow.processes.cycle:kaderbriefCycle}") String process,
                          RuntimeService runtime, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.process = process;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public record Started(String processInstanceId, String businessKey, int year, boolean first) {
    }

    static String businessKey(int year) {
        return "kaderbrief-" + year;
    }

    /** The running (possibly suspended) instance of the cycle, or null. */
    public Started running(int year) {
        List<ProcessInstance> found = runtime.createProcessInstanceQuery()
                .processDefinitionKey(process)
                .processInstanceBusinessKey(businessKey(year))
                .list();
        return found.isEmpty() ? null : new Started(found.get(0).getId(), businessKey(year), year, false);
    }

    /**
     * Two finance officers pressing start at once must not open the cycle twice: a transaction-scoped
     * advisory lock on the business key serialises them, and the second finds the first's instance.
     */
    Started start(int year, String claimDeadline) {
        return transaction.execute(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", businessKey(year));
            Started existing = running(year);
            if (existing != null) {
                return existing;
            }
            String id = runtime.startProcessInstanceByKey(process, businessKey(year),
                    Map.of("year", year, "claimDeadline", claimDeadline)).getId();
            return new Started(id, businessKey(year), year, true);
        });
    }

    /** The approval waiting at the council's decision on this claim, or null when none waits. */
    public String waitingForCouncil(String claimId) {
        List<Execution> found = runtime.createExecutionQuery()
                .messageEventSubscriptionName(COUNCIL_DECISION)
                .processVariableValueEquals("claimId", claimId)
                .list();
        return found.isEmpty() ? null : found.get(0).getProcessInstanceId();
    }

    /**
     * Only fails when the approval stopped waiting between the check and this call (a concurrent
     * decision on the same claim, or an instance cancelled in Cockpit): budget-service has the decision
     * then, and a beheerder must look at the instance.
     */
    public void correlateCouncilDecision(String claimId, Map<String, Object> variables) {
        try {
            runtime.createMessageCorrelation(COUNCIL_DECISION)
                    .processInstanceVariableEquals("claimId", claimId)
                    .setVariables(variables)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException noLongerWaiting) {
            throw TaskProblems.conflict("approval-moved", "Goedkeuring wacht niet meer",
                    "Het besluit is in de begroting vastgelegd, maar de goedkeuring van het agendapunt wachtte er "
                            + "intussen niet meer op. Meld dit aan de beheerder.");
        }
    }
}
