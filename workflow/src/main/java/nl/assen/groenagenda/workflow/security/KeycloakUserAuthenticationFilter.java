package nl.assen.groenagenda.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's container-based login, for users that live in Keycloak only.
 *
 * <p>Camunda's own version looks the user up in its identity tables and refuses one it does not
 * find; a beheerder from Keycloak is never copied there, so the webapp authentication is built from
 * what the login established instead. For the same reason Camunda's periodic re-check of a session
 * against those tables is switched off ({@code camunda.bpm.webapp.auth.cache.ttl-enabled}): it would
 * log every such user out again.
 *
 * <p>Cockpit's "Afmelden" is an XHR to Camunda's logout resource, which would only drop Camunda's
 * part of the session: the next page load would sign the user straight back in. Once Camunda has
 * accepted that call (its CSRF filter, which runs inside this one, checked it), the Keycloak session
 * is ended over the back channel and the whole HTTP session is dropped.
 */
class KeycloakUserAuthenticationFilter extends ContainerBasedAuthenticationFilter {

    private static final Pattern LOGOUT = Pattern.compile("/api/admin/auth/user/[^/]+/logout");

    private final String webappPath;
    private final KeycloakLogout keycloak;

    KeycloakUserAuthenticationFilter(String webappPath, KeycloakLogout keycloak) {
        this.webappPath = webappPath;
        this.keycloak = keycloak;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        super.doFilter(request, response, chain);
        var httpRequest = (HttpServletRequest) request;
        var httpResponse = (HttpServletResponse) response;
        if ("POST".equals(httpRequest.getMethod()) && isLogout(httpRequest) && httpResponse.getStatus() < 300) {
            endSession(httpRequest);
        }
    }

    private boolean isLogout(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(webappPath) && LOGOUT.matcher(path.substring(webappPath.length())).matches();
    }

    private void endSession(HttpServletRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null) {
            keycloak.endSession(user, request);
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
                                                      List<String> tenants) {
        var authentication = new UserAuthentication(username, engine.getName());
        authentication.setGroupIds(groups);
        authentication.setTenantIds(tenants);
        authentication.setAuthorizedApps(authorizedApps(engine, username, groups));
        return authentication;
    }

    /** As Camunda decides it: every webapp while authorization checks are off, else per its grants. */
    private static Set<String> authorizedApps(ProcessEngine engine, String username, List<String> groups) {
        Set<String> apps = new HashSet<>();
        apps.add(AuthenticationUtil.APP_WELCOME);
        for (String app : AuthenticationUtil.APPS) {
            if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()
                    || engine.getAuthorizationService().isUserAuthorized(username, groups, Permissions.ACCESS, Resources.APPLICATION, app)) {
                apps.add(app);
            }
        }
        return apps;
    }
}
