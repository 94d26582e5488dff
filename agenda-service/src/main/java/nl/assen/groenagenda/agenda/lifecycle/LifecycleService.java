package nl.assen.groenagenda.agenda.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.UUID;
import nl.assen.groenagenda.agenda.item.AgendaItem;
import nl.assen.groenagenda.agenda.item.AgendaItemRepository;
import nl.assen.groenagenda.agenda.item.AgendaItemService;
import nl.assen.groenagenda.agenda.item.Caller;
import nl.assen.groenagenda.agenda.item.TrafficLight;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Moves items along their lifecycle: what the approval process reports (idempotent by transition id)
 * and execution progress reported by staff. Every move locks the item, checks that the arrow exists
 * from where the item stands now, and writes the history entry in the same transaction.
 */
@Service
public class LifecycleService {

    /** A transition the workflow service reports, identified by {@code transitionId}. */
    public record Transition(String transitionId, UUID submissionId, Status to, String actor, String reason,
                             Integer kaderbriefYear, String claimId) {
    }

    /** Execution progress reported by staff; {@code to} is null when the status stays. */
    public record Progress(Status to, Integer progress, TrafficLight trafficLight, String cause, String correction,
                           String reason) {
    }

    private final AgendaItemRepository items;
    private final WorkflowTransitions transitions;
    private final TransactionalOperator transaction;
    private final ObjectMapper mapper;

    LifecycleService(AgendaItemRepository items, WorkflowTransitions transitions, TransactionalOperator transaction,
                     ObjectMapper mapper) {
        this.items = items;
        this.transitions = transitions;
        this.transaction = transaction;
        this.mapper = mapper;
    }

    public Mono<AgendaItem> apply(UUID id, Transition transition) {
        Mono<AgendaItem> work = items.lock(id)
                .switchIfEmpty(Mono.error(AgendaItemService::notFound))
                .flatMap(item -> transitions.recorded(transition.transitionId()).flatMap(previous -> {
                    if (!previous.isEmpty()) {
                        if (previous.equals(id + "/" + transition.to().name())) {
                            return Mono.just(item);
                        }
                        return Mono.error(new ProblemException(Problem.of(HttpStatus.CONFLICT, "transition-id-reused",
                                        "Overgang al verwerkt", "Deze transitionId is al gebruikt voor een andere overgang.")
                                .with("transitionId", transition.transitionId())));
                    }
                    return transitions.latestSubmission(id).flatMap(latest -> {
                        if (!latest.equals(transition.submissionId().toString())) {
                            return Mono.error(new ProblemException(Problem.of(HttpStatus.CONFLICT, "stale-submission",
                                            "Verouderde indiening", "Deze overgang hoort bij een eerdere indiening van het agendapunt.")
                                    .with("submissionId", transition.submissionId())));
                        }
                        if (!item.status().workflowTargets().contains(transition.to())) {
                            return Mono.error(illegal(item.status(), transition.to()));
                        }
                        Coverage coverage = switch (transition.to()) {
                            case COVERED -> Coverage.EXISTING_BUDGET;
                            case CLAIMED -> Coverage.CLAIM;
                            case ADOPTED -> Coverage.ADOPTED;
                            default -> null;
                        };
                        ObjectNode changes = mapper.createObjectNode();
                        if (transition.kaderbriefYear() != null) {
                            changes.putObject("kaderbriefYear").put("new", transition.kaderbriefYear());
                        }
                        if (transition.claimId() != null) {
                            changes.putObject("claimId").put("new", transition.claimId());
                        }
                        String actor = transition.actor() == null ? Caller.WORKFLOW_CLIENT : transition.actor();
                        return items.changeStatus(id, transition.to(), coverage, transition.kaderbriefYear(), transition.claimId())
                                .then(items.addHistory(id, actor, "WORKFLOW", item.status(), transition.to(),
                                        transition.reason(), changes))
                                .then(transitions.record(transition.transitionId(), id, transition.to()))
                                .then(Mono.defer(() -> items.find(id)));
                    });
                }));
        return transaction.transactional(work);
    }

    public Mono<AgendaItem> report(Caller caller, UUID id, Progress progress) {
        Mono<AgendaItem> work = items.lock(id)
                .filter(item -> caller.mayRead(item.content().department()))
                .switchIfEmpty(Mono.error(AgendaItemService::notFound))
                .flatMap(item -> {
                    if (!caller.mayReportProgressFor(item.content().department())) {
                        return Mono.error(new ProblemException(Problem.of(HttpStatus.FORBIDDEN, "forbidden", "Geen toegang",
                                "Alleen medewerkers en de manager van de eigen afdeling melden de voortgang.")));
                    }
                    Status to = progress.to() == null ? item.status() : progress.to();
                    if (progress.to() != null && !item.status().executionTargets().contains(progress.to())) {
                        return Mono.error(illegal(item.status(), progress.to()));
                    }
                    if (progress.to() == null && !item.status().reportsProgress()) {
                        return Mono.error(new ProblemException(Problem.of(HttpStatus.CONFLICT, "illegal-transition",
                                        "Overgang niet toegestaan", "Voortgang wordt gemeld voor gedekte, vastgestelde of "
                                                + "lopende agendapunten; dit agendapunt is " + item.status().label().toLowerCase(Locale.ROOT) + ".")
                                .with("status", item.status().name())));
                    }
                    int percent = to == Status.DONE ? 100 : progress.progress() == null ? item.progress() : progress.progress();
                    TrafficLight light = progress.trafficLight() == null ? item.trafficLight() : progress.trafficLight();
                    String cause = light == TrafficLight.GREEN ? null
                            : progress.cause() != null ? progress.cause() : item.trafficLightCause();
                    String correction = light == TrafficLight.GREEN ? null
                            : progress.correction() != null ? progress.correction() : item.trafficLightCorrection();
                    if (cause == null || correction == null) {
                        if (light != TrafficLight.GREEN) {
                            return Mono.error(new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input",
                                    "Ongeldige invoer", "Oranje en rood vragen een oorzaak en de bijsturing.")
                                    .withInvalidParams(java.util.List.of(
                                            new Problem.InvalidParam(cause == null ? "cause" : "correction", "Is verplicht bij oranje of rood.")))));
                        }
                    }
                    ObjectNode changes = mapper.createObjectNode();
                    change(changes, "progress", item.progress(), percent);
                    change(changes, "trafficLight", item.trafficLight().name(), light.name());
                    change(changes, "trafficLightCause", item.trafficLightCause(), cause);
                    change(changes, "trafficLightCorrection", item.trafficLightCorrection(), correction);
                    return items.changeProgress(id, to, percent, light, cause, correction)
                            .then(items.addHistory(id, caller.name(), "PROGRESS", item.status(), to, progress.reason(), changes))
                            .then(Mono.defer(() -> items.find(id)));
                });
        return transaction.transactional(work);
    }

    private static void change(ObjectNode changes, String field, Object before, Object after) {
        if (before == null ? after == null : before.equals(after)) {
            return;
        }
        ObjectNode change = changes.putObject(field);
        change.putPOJO("old", before);
        change.putPOJO("new", after);
    }

    static ProblemException illegal(Status from, Status to) {
        return new ProblemException(Problem.of(HttpStatus.CONFLICT, "illegal-transition", "Overgang niet toegestaan",
                        "Een agendapunt dat " + from.label().toLowerCase(Locale.ROOT) + " is kan niet naar '"
                                + to.label().toLowerCase(Locale.ROOT) + "'.")
                .with("status", from.name()).with("requestedStatus", to.name()));
    }
}
