package nl.assen.groenagenda.workflow.client;

/**
 * A 4xx answer of another service with its problem+json body, kept as it came so that an API can relay
 * it to its own caller, and a service task can tell one refusal (a shortfall) from another.
 */
public class ServiceProblemException extends RuntimeException {

    private final int status;
    private final String problemJson;

    public ServiceProblemException(int status, String problemJson) {
        super("HTTP " + status + ": " + problemJson);
        this.status = status;
        this.problemJson = problemJson;
    }

    public int status() {
        return status;
    }

    public String problemJson() {
        return problemJson;
    }

    /** Whether the problem's {@code type} is the suite's problem type with this slug. */
    public boolean isProblem(String slug) {
        return problemJson != null && problemJson.contains("\"urn:nl:assen:groenagenda:problem:" + slug + "\"");
    }
}
