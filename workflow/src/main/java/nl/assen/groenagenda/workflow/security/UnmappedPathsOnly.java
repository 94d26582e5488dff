package nl.assen.groenagenda.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last rule: a request that reaches no handler at all is let through, so that it gets an honest
 * 404 (or 405), while a request for any handler that no earlier rule allowed is refused. Deny by
 * default thus holds for every endpoint, including one added later without a rule. The servlet
 * counterpart of the platform's reactive rule of the same name.
 */
class UnmappedPathsOnly implements AuthorizationManager<RequestAuthorizationContext> {

    private final ApplicationContext context;
    private volatile List<HandlerMapping> mappings;

    UnmappedPathsOnly(ApplicationContext context) {
        this.context = context;
    }

    @Override
    @SuppressWarnings("deprecation")
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext object) {
        return new AuthorizationDecision(!reachesAHandler(object.getRequest()));
    }

    private boolean reachesAHandler(HttpServletRequest request) {
        // Handler mappings leave attributes on the request they look at; a private overlay keeps
        // this look-ahead from changing what the dispatcher later sees.
        HttpServletRequest probe = new AttributeOverlay(request);
        ServletRequestPathUtils.parseAndCache(probe);
        for (HandlerMapping mapping : mappings()) {
            try {
                if (mapping.getHandler(probe) != null) {
                    return true;
                }
            } catch (Exception pathKnownButNotThisRequest) {
                // Wrong method or media type: no handler runs, the dispatcher answers 405 or 415.
            }
        }
        return false;
    }

    private List<HandlerMapping> mappings() {
        if (mappings == null) {
            var found = new java.util.ArrayList<>(BeanFactoryUtils
                    .beansOfTypeIncludingAncestors(context, HandlerMapping.class, true, false).values());
            AnnotationAwareOrderComparator.sort(found);
            mappings = List.copyOf(found);
        }
        return mappings;
    }

    private static final class AttributeOverlay extends HttpServletRequestWrapper {

        private static final Object REMOVED = new Object();
        private final Map<String, Object> attributes = new HashMap<>();

        AttributeOverlay(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = attributes.get(name);
            if (value == REMOVED) {
                return null;
            }
            return value != null ? value : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value == null ? REMOVED : value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, REMOVED);
        }
    }
}
