package nl.assen.groenagenda.workflow.process;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The retry intervals of every service task: the BPMN says
 * {@code <camunda:failedJobRetryTimeCycle>${retryPolicy.cycle}</camunda:failedJobRetryTimeCycle>},
 * which the engine evaluates when a job fails, so the intervals are configuration, not model.
 */
@Component("retryPolicy")
@EnableConfigurationProperties(ProcessProperties.class)
public class RetryPolicy {

    private final String cycle;

    public RetryPolicy(ProcessProperties properties) {
        this.cycle = properties.retryCycle();
    }

    public String getCycle() {
        return cycle;
    }
}
