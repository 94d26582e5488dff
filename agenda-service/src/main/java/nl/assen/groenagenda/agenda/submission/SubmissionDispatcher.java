package nl.assen.groenagenda.agenda.submission;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Delivers the outbox to the workflow service: every {@code dispatchInterval}, and at once after a
 * submission commits. A failed delivery is tried again later, doubling the wait up to {@code maxRetry};
 * a submission is never dropped, and the workflow service starts one process per submission id however
 * often it is delivered. One round runs at a time; a nudge during a round is folded into the next one.
 */
@Component
class SubmissionDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SubmissionDispatcher.class);
    private static final int PARALLEL_DELIVERIES = 4;

    private final SubmissionOutbox outbox;
    private final WorkflowClient workflow;
    private final SubmissionSettings settings;
    private final Sinks.Many<Long> nudges = Sinks.many().multicast().directBestEffort();
    private volatile Disposable running;

    SubmissionDispatcher(SubmissionOutbox outbox, WorkflowClient workflow, SubmissionSettings settings) {
        this.outbox = outbox;
        this.workflow = workflow;
        this.settings = settings;
    }

    void nudge() {
        nudges.tryEmitNext(0L);
    }

    /** One round: lease what is due, deliver it, record the outcome. Completes with the number delivered. */
    Mono<Long> dispatchOnce() {
        return outbox.lease(settings.batchSize(), settings.lease())
                .flatMap(submission -> workflow.startApproval(submission)
                        .flatMap(process -> outbox.delivered(submission.id(), process).thenReturn(1L))
                        .onErrorResume(failure -> {
                            Duration retry = backOff(submission.attempts());
                            log.warn("Submission {} of agenda item {} not delivered to the workflow service (attempt {}), "
                                            + "retrying in {}: {}", submission.id(), submission.agendaItemId(),
                                    submission.attempts(), retry, failure.toString());
                            return outbox.failed(submission.id(), failure.toString(), retry).thenReturn(0L);
                        }), PARALLEL_DELIVERIES)
                .reduce(0L, Long::sum);
    }

    Duration backOff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = settings.firstRetry().multipliedBy(factor);
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }

    @Override
    public void start() {
        if (!settings.dispatchEnabled()) {
            log.info("Submission dispatch is switched off (groenagenda.submission.dispatch-enabled=false)");
            return;
        }
        running = Flux.merge(Flux.interval(Duration.ZERO, settings.dispatchInterval()), nudges.asFlux())
                .onBackpressureDrop()
                .concatMap(tick -> dispatchOnce().onErrorResume(failure -> {
                    log.warn("A round of submission dispatch failed; the next round tries again: {}", failure.toString());
                    return Mono.just(0L);
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
