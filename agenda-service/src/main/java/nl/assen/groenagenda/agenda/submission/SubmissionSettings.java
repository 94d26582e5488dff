package nl.assen.groenagenda.agenda.submission;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How submissions reach the workflow service: where it is, how long a call may take, how often the
 * outbox is looked at, and how retries back off (doubling from {@code firstRetry} up to {@code maxRetry}).
 * A delivery holds a lease, so a second instance of this service does not deliver the same one at once.
 */
@ConfigurationProperties("groenagenda.submission")
public record SubmissionSettings(@DefaultValue("http://localhost:8084") String workflowUrl,
                                 @DefaultValue("10s") Duration timeout,
                                 @DefaultValue("5s") Duration dispatchInterval,
                                 @DefaultValue("20") int batchSize,
                                 @DefaultValue("60s") Duration lease,
                                 @DefaultValue("5s") Duration firstRetry,
                                 @DefaultValue("5m") Duration maxRetry,
                                 @DefaultValue("true") boolean dispatchEnabled) {
}
