package nl.assen.groenagenda.asset.edit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reason to fell or prune, from the fixed list in the database. A refused reason carries the policy that
 * rules it out: its stable URN (the problem type of the refusal) and the citation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InterventionReason(String code, String name, boolean permitted, String policyType, String policyDetail) {
}
