package nl.assen.groenagenda.budget.config;

import nl.assen.groenagenda.platform.security.Roles;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Allows finance staff (realm role {@code financieel-adviseur}) and the workflow service's own account.
 * That account's token comes from the client-credentials grant of the confidential Keycloak client
 * {@code workflow}: it has no realm roles of a person, and is recognised by its authorized party
 * ({@code azp}), which Keycloak sets to the client that obtained the token and which only the holder
 * of that client's secret can obtain (the client has no browser or password flow). The token's
 * signature, issuer, expiry and audience are checked before this rule runs.
 */
final class FinanceOrWorkflow implements ReactiveAuthorizationManager<AuthorizationContext> {

    static final FinanceOrWorkflow INSTANCE = new FinanceOrWorkflow();
    static final String WORKFLOW_CLIENT = "workflow";
    private static final String FINANCE = "ROLE_" + Roles.FINANCIEEL_ADVISEUR;

    private FinanceOrWorkflow() {
    }

    @Override
    @SuppressWarnings("deprecation")
    public Mono<AuthorizationDecision> check(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication
                .filter(Authentication::isAuthenticated)
                .map(caller -> new AuthorizationDecision(isFinance(caller) || isWorkflow(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static boolean isFinance(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> FINANCE.equals(authority.getAuthority()));
    }

    private static boolean isWorkflow(Authentication caller) {
        return caller instanceof JwtAuthenticationToken jwt
                && WORKFLOW_CLIENT.equals(jwt.getToken().getClaimAsString("azp"));
    }
}
