package nl.assen.groenagenda.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Camunda and Flyway share the database without sharing a schema, and the engine runs as configured. */
class EngineSetupTest extends WorkflowIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;

    @Test
    void theServicesOwnTablesLiveInSchemaWorkflowAndCamundasInPublic() {
        assertThat(tablesIn("workflow")).contains("decision", "flyway_schema_history");
        assertThat(tablesIn("workflow")).noneMatch(table -> table.startsWith("act_"));
        assertThat(tablesIn("public")).contains("act_ru_task", "act_hi_procinst", "act_id_user");
        assertThat(tablesIn("public")).doesNotContain("decision", "flyway_schema_history");
    }

    @Test
    void historyIsFullAndTheAdminUserExists() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(engine.getIdentityService().createUserQuery().userId("admin").count()).isEqualTo(1);
    }

    @Test
    void aProcessWithoutItsOwnHistoryTimeToLiveGetsTheDefault() {
        repository.createDeployment().name("test-inbox").addClasspathResource("bpmn/test-inbox.bpmn")
                .enableDuplicateFiltering(false).deploy();

        var definition = repository.createProcessDefinitionQuery().processDefinitionKey("test-inbox").latestVersion().singleResult();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825);
    }

    private java.util.List<String> tablesIn(String schema) {
        return jdbc.queryForList("select lower(table_name) from information_schema.tables where table_schema = ?",
                String.class, schema);
    }
}
