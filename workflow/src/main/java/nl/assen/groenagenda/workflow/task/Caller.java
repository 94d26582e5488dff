package nl.assen.groenagenda.workflow.task;

import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who asks, as Camunda knows people: the user id that tasks are assigned to (Keycloak's user name,
 * which also names them in Cockpit) and their candidate groups.
 */
public record Caller(String userId, List<String> groups) {

    public Caller {
        groups = List.copyOf(groups);
    }

    public static Caller of(Jwt jwt) {
        String userId = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        return new Caller(userId, CandidateGroups.of(jwt));
    }
}
