package nl.assen.groenagenda.workflow.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.assen.groenagenda.platform.security.RealmRoleConverter;
import nl.assen.groenagenda.platform.security.Roles;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The Camunda candidate groups a caller belongs to, derived from the access token alone (Camunda's
 * own identity tables are not kept in sync with Keycloak). Each of the suite's realm roles is a
 * group ({@code afdelingsmanager}); a role that works within a department is also a group per
 * department ({@code afdelingsmanager:openbare-ruimte}), so a BPMN user task can address "the
 * manager of this item's department" as {@code afdelingsmanager:${department}}.
 */
public final class CandidateGroups {

    /** Roles whose work belongs to one department; the others work for the whole municipality. */
    static final Set<String> DEPARTMENTAL_ROLES = Set.of(Roles.MEDEWERKER, Roles.AFDELINGSMANAGER);

    /** Keycloak's own roles (offline_access, default-roles-...) are no groups of the suite. */
    static final Set<String> SUITE_ROLES = Set.of(
            Roles.MEDEWERKER, Roles.AFDELINGSMANAGER, Roles.FINANCIEEL_ADVISEUR, Roles.RAAD, Roles.BEHEERDER);

    private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private CandidateGroups() {
    }

    public static List<String> of(Jwt jwt) {
        List<String> departments = departments(jwt.getClaims().get(RealmRoleConverter.DEPARTMENT_CLAIM));
        Set<String> groups = new LinkedHashSet<>();
        for (String role : realmRoles(jwt)) {
            if (!SUITE_ROLES.contains(role)) {
                continue;
            }
            groups.add(role);
            if (DEPARTMENTAL_ROLES.contains(role)) {
                departments.forEach(department -> groups.add(role + ":" + department));
            }
        }
        return List.copyOf(groups);
    }

    private static List<String> realmRoles(Jwt jwt) {
        if (jwt.getClaims().get("realm_access") instanceof Map<?, ?> access
                && access.get("roles") instanceof Collection<?> roles) {
            return roles.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /**
     * Keycloak maps the user attribute as a string, or as a list when it is multivalued. A value that
     * does not look like a department is ignored rather than turned into a group name.
     */
    private static List<String> departments(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof String single) {
            values.add(single);
        } else if (claim instanceof Collection<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return values.stream().filter(value -> DEPARTMENT.matcher(value).matches()).distinct().toList();
    }
}
