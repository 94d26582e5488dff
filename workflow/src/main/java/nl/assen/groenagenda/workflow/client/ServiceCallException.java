package nl.assen.groenagenda.workflow.client;

/**
 * A call to another service that did not get an answer it can act on: no connection, a time-out, a 5xx
 * or an unexpected refusal. In a service task it fails the job, so the engine retries it and finally
 * raises an incident.
 */
public class ServiceCallException extends RuntimeException {

    public ServiceCallException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServiceCallException(String message) {
        super(message);
    }
}
