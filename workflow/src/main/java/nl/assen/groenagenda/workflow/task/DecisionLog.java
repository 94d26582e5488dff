package nl.assen.groenagenda.workflow.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The service's own record of decisions (V1__decision.sql), which outlives Camunda's history. */
@Repository
class DecisionLog {

    private static final String COLUMNS = "id, agenda_item_id, process_instance_id, task_id, task_definition_key, "
            + "decision, motivation, decided_by, decided_at";

    private final JdbcTemplate jdbc;

    DecisionLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * False when the task already has a decision: a second completion, also one racing the first
     * (it waits on the unique key until the first commits), writes nothing.
     */
    boolean record(RecordedDecision decision) {
        return jdbc.update("insert into workflow.decision (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (task_id) do nothing",
                UUID.fromString(decision.id()), decision.agendaItemId(), decision.processInstanceId(),
                decision.taskId(), decision.taskDefinitionKey(), decision.decision(), decision.motivation(),
                decision.decidedBy(), Timestamp.from(decision.decidedAt())) == 1;
    }

    long countFor(String agendaItemId) {
        Long count = jdbc.queryForObject("select count(*) from workflow.decision where agenda_item_id = ?",
                Long.class, agendaItemId);
        return count == null ? 0 : count;
    }

    /** Oldest first; the id breaks ties so that pages never overlap. */
    List<RecordedDecision> of(String agendaItemId, int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from workflow.decision where agenda_item_id = ? "
                        + "order by decided_at, id offset ? limit ?",
                DecisionLog::row, agendaItemId, offset, limit);
    }

    private static RecordedDecision row(ResultSet rs, int rowNum) throws SQLException {
        return new RecordedDecision(rs.getString("id"), rs.getString("agenda_item_id"),
                rs.getString("process_instance_id"), rs.getString("task_id"), rs.getString("task_definition_key"),
                rs.getString("decision"), rs.getString("motivation"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
