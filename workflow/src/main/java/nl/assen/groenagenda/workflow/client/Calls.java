package nl.assen.groenagenda.workflow.client;

import java.util.function.Supplier;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/** How both clients turn an HTTP failure into the exceptions their callers act on. */
final class Calls {

    private Calls() {
    }

    /** A 4xx becomes a {@link ServiceProblemException}; no answer or a 5xx a {@link ServiceCallException}. */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RestClientResponseException answered) {
            if (answered.getStatusCode().is4xxClientError()) {
                throw new ServiceProblemException(answered.getStatusCode().value(), answered.getResponseBodyAsString());
            }
            throw new ServiceCallException(what + ": HTTP " + answered.getStatusCode().value(), answered);
        } catch (RestClientException | org.springframework.security.oauth2.core.OAuth2AuthorizationException failed) {
            throw new ServiceCallException(what + ": " + failed.getMessage(), failed);
        }
    }

    /** As {@link #call}, but a 404 is an answer: null. */
    static <T> T find(String what, Supplier<T> call) {
        try {
            return call(what, call);
        } catch (ServiceProblemException problem) {
            if (problem.status() == 404) {
                return null;
            }
            throw problem;
        }
    }
}
