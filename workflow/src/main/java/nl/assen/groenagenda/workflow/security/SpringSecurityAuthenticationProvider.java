package nl.assen.groenagenda.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.assen.groenagenda.platform.security.Roles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's webapps who is logged in: the user Spring Security has already authenticated
 * through Keycloak. Only a {@code beheerder} reaches the webapps at all (the cockpit chain refuses
 * everyone else); checked here once more so that a mistake in the chain can never make anyone a
 * Camunda administrator. Group {@code camunda-admin} is what makes Camunda open Cockpit, Tasklist and
 * Admin, and every authorization, to them.
 *
 * <p>Public with a public no-argument constructor: Camunda's filter creates it by class name.
 */
public class SpringSecurityAuthenticationProvider implements AuthenticationProvider {

    private static final String BEHEERDER = "ROLE_" + Roles.BEHEERDER;

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || authentication.getAuthorities().stream().noneMatch(authority -> BEHEERDER.equals(authority.getAuthority()))) {
            return AuthenticationResult.unsuccessful();
        }
        var result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
        result.setTenants(List.of());
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // No challenge: the login is Keycloak's, reached through the cockpit chain's entry point.
    }
}
