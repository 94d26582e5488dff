package nl.assen.groenagenda.budget.coverage;

import static nl.assen.groenagenda.platform.security.Roles.AFDELINGSMANAGER;
import static nl.assen.groenagenda.platform.security.Roles.BEHEERDER;
import static nl.assen.groenagenda.platform.security.Roles.FINANCIEEL_ADVISEUR;
import static nl.assen.groenagenda.platform.security.Roles.MEDEWERKER;

import java.util.Set;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Allows everyone on staff and the workflow service's own account (a client-credentials token of the
 * Keycloak client {@code workflow}, recognised by its authorized party {@code azp}, as in
 * {@code config.FinanceOrWorkflow}). The council and other service accounts are refused.
 */
public final class StaffOrWorkflow implements ReactiveAuthorizationManager<AuthorizationContext> {

    public static final StaffOrWorkflow INSTANCE = new StaffOrWorkflow();
    private static final String WORKFLOW_CLIENT = "workflow";
    private static final Set<String> STAFF = Set.of("ROLE_" + MEDEWERKER, "ROLE_" + AFDELINGSMANAGER,
            "ROLE_" + FINANCIEEL_ADVISEUR, "ROLE_" + BEHEERDER);

    private StaffOrWorkflow() {
    }

    @Override
    @SuppressWarnings("deprecation")
    public Mono<AuthorizationDecision> check(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication
                .filter(Authentication::isAuthenticated)
                .map(caller -> new AuthorizationDecision(isStaff(caller) || isWorkflow(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static boolean isStaff(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> STAFF.contains(authority.getAuthority()));
    }

    private static boolean isWorkflow(Authentication caller) {
        return caller instanceof JwtAuthenticationToken jwt
                && WORKFLOW_CLIENT.equals(jwt.getToken().getClaimAsString("azp"));
    }
}
