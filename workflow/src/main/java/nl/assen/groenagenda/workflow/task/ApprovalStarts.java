package nl.assen.groenagenda.workflow.task;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts an item's approval at most once per submission (ADR 0009): the engine side of {@code POST /approvals}. */
@Component
public class ApprovalStarts {

    private final String process;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    /** The key is configurable only so that tests can run a small model of their own under another key. */
    public ApprovalStarts(@Value("${groenagenda.workflow.processes.approval:agendaItemApproval}") String process,
                          RuntimeService runtime, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.process = process;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** {@code first}: this call started it; otherwise an earlier delivery of the same submission did. */
    public record Started(String processInstanceId, String agendaItemId, String submissionId, boolean first) {
    }

    /**
     * The row and the instance commit together or not at all (the engine joins Spring's transaction on
     * the same DataSource). A concurrent duplicate's insert waits on the primary key until the first
     * transaction ends, then finds the committed row; if the first rolled back, it starts the process.
     */
    Started start(ApprovalRequest request) {
        UUID submissionId = UUID.fromString(request.submissionId());
        return transaction.execute(status -> {
            int inserted = jdbc.update("insert into workflow.approval_start (submission_id, agenda_item_id) "
                    + "values (?, ?) on conflict (submission_id) do nothing", submissionId, request.agendaItemId());
            if (inserted == 0) {
                return earlier(submissionId, request);
            }
            String instanceId = runtime.startProcessInstanceByKey(process, request.agendaItemId(), request.variables())
                    .getId();
            jdbc.update("update workflow.approval_start set process_instance_id = ? where submission_id = ?",
                    instanceId, submissionId);
            return new Started(instanceId, request.agendaItemId(), request.submissionId(), true);
        });
    }

    private Started earlier(UUID submissionId, ApprovalRequest request) {
        record Row(String agendaItemId, String processInstanceId) {
        }
        List<Row> rows = jdbc.query("select agenda_item_id, process_instance_id from workflow.approval_start "
                        + "where submission_id = ?",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2)), submissionId);
        Row row = rows.get(0);
        if (!row.agendaItemId().equals(request.agendaItemId())) {
            throw TaskProblems.conflict("submission-reused", "Indiening al gebruikt",
                    "Deze indiening hoort bij een ander agendapunt.");
        }
        return new Started(row.processInstanceId(), row.agendaItemId(), request.submissionId(), false);
    }
}
