package nl.assen.groenagenda.agenda.item;

import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.assen.groenagenda.platform.security.Roles;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who calls, as the access token says: the user name recorded in the history, the realm roles, the
 * department ({@code afdeling} claim) and whether it is the workflow service's own account.
 */
public record Caller(String name, Set<String> roles, String department, boolean workflow) {

    /** The Keycloak client whose client-credentials tokens the workflow service uses. */
    public static final String WORKFLOW_CLIENT = "workflow";

    public static Caller of(Principal principal) {
        if (!(principal instanceof JwtAuthenticationToken token)) {
            return new Caller(principal == null ? "onbekend" : principal.getName(), Set.of(), null, false);
        }
        var jwt = token.getToken();
        String name = jwt.getClaimAsString("preferred_username");
        Set<String> roles = realmRoles(jwt.getClaims());
        boolean workflow = WORKFLOW_CLIENT.equals(jwt.getClaimAsString("azp"));
        return new Caller(name == null || name.isBlank() ? jwt.getSubject() : name, roles,
                jwt.getClaimAsString("afdeling"), workflow);
    }

    private static Set<String> realmRoles(Map<String, Object> claims) {
        if (claims.get("realm_access") instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Finance staff, the functional administrator and the workflow service see every department's items. */
    public boolean seesAllDepartments() {
        return workflow || has(Roles.FINANCIEEL_ADVISEUR) || has(Roles.BEHEERDER) || has(Roles.RAAD);
    }

    /** The departments whose items this caller may read; empty means all of them. */
    public List<String> readableDepartments() {
        if (seesAllDepartments()) {
            return List.of();
        }
        return department == null ? List.of("") : List.of(department);
    }

    public boolean mayRead(String itemDepartment) {
        return seesAllDepartments() || itemDepartment.equals(department);
    }

    /** Staff draft and edit items of their own department only. */
    public boolean mayDraftFor(String itemDepartment) {
        return has(Roles.MEDEWERKER) && department != null && department.equals(itemDepartment);
    }

    /** Execution progress: staff and the manager of the item's department. */
    public boolean mayReportProgressFor(String itemDepartment) {
        return (has(Roles.MEDEWERKER) || has(Roles.AFDELINGSMANAGER))
                && department != null && department.equals(itemDepartment);
    }
}
