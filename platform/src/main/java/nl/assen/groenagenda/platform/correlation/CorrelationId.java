package nl.assen.groenagenda.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties together every log line of one user action, from the gateway through every
 * service it calls. A caller may bring its own; anything that does not look like an id is replaced,
 * so that a header can never inject text into the logs.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-ID";
    public static final String MDC_KEY = "correlationId";
    public static final String CONTEXT_KEY = "groenagenda.correlationId";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    public static String acceptOrCreate(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
