package nl.assen.groenagenda.workflow.task;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What completing a user task of the contract (docs/workflow-processes.md) requires and writes back,
 * by its BPMN id. A task of any other step needs only a decision it declares.
 */
enum Step {

    MANAGER_REVIEW("managerReview", Set.of("RETURN", "REJECT"), false, "SUBMITTED", "manager"),
    FINANCE_ADVICE("financeAdvice", Set.of(), true, "APPROVED", "finance"),
    COLLEGE_PROPOSAL("recordCollegeProposal", Set.of(), true, null, null),
    COUNCIL_DECISIONS("recordCouncilDecisions", Set.of(), false, null, null),
    OTHER(null, Set.of(), false, null, null);

    static final int MAX_MOTIVATION = 4000;

    private final String taskDefinitionKey;
    private final Set<String> motivatedDecisions;
    private final boolean alwaysMotivated;
    /** The agenda item's status the task decides on; another status means the item moved meanwhile. */
    private final String agendaStatus;
    private final String variablePrefix;

    Step(String taskDefinitionKey, Set<String> motivatedDecisions, boolean alwaysMotivated, String agendaStatus,
         String variablePrefix) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.motivatedDecisions = motivatedDecisions;
        this.alwaysMotivated = alwaysMotivated;
        this.agendaStatus = agendaStatus;
        this.variablePrefix = variablePrefix;
    }

    static Step of(String taskDefinitionKey) {
        for (Step step : values()) {
            if (step.taskDefinitionKey != null && step.taskDefinitionKey.equals(taskDefinitionKey)) {
                return step;
            }
        }
        return OTHER;
    }

    boolean needsMotivation(String decision) {
        return alwaysMotivated || motivatedDecisions.contains(decision);
    }

    String agendaStatus() {
        return agendaStatus;
    }

    /** The process variables the BPMN reads after this step (managerDecision, financeName, ...). */
    Map<String, Object> variables(String decision, String motivation, String decidedBy) {
        Map<String, Object> variables = new LinkedHashMap<>();
        if (variablePrefix == null) {
            variables.put("decision", decision);
            variables.put("motivation", motivation);
        } else {
            variables.put(variablePrefix + "Decision", decision);
            variables.put(variablePrefix + "Motivation", motivation);
            variables.put(variablePrefix + "Name", decidedBy);
        }
        return variables;
    }
}
