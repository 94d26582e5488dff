package nl.assen.groenagenda.workflow.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A step of the approval process reported to agenda-service. {@code transitionId} is
 * {@code processInstanceId:activityId}, so a retried service task reports the same step, which
 * agenda-service then ignores.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Transition(String transitionId, String submissionId, String status, String actor, String reason,
                         Integer kaderbriefYear, String claimId) {
}
