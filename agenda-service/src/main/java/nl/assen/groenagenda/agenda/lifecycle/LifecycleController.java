package nl.assen.groenagenda.agenda.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.util.EnumSet;
import java.util.UUID;
import nl.assen.groenagenda.agenda.item.AgendaItem;
import nl.assen.groenagenda.agenda.item.ItemId;
import nl.assen.groenagenda.agenda.item.Caller;
import nl.assen.groenagenda.agenda.item.TrafficLight;
import nl.assen.groenagenda.platform.web.JsonInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The lifecycle's two doors: the workflow service reports what the approval process decided
 * ({@code /transitions}, its service account only), and staff report execution ({@code /progress}).
 */
@RestController
class LifecycleController {

    private static final String BASE = "/api/agenda/v1/agenda-items/{id}";
    private static final EnumSet<Status> NEEDS_REASON = EnumSet.of(Status.RETURNED, Status.REJECTED, Status.DEFERRED);

    private final LifecycleService lifecycle;
    private final ObjectMapper mapper;

    LifecycleController(LifecycleService lifecycle, ObjectMapper mapper) {
        this.lifecycle = lifecycle;
        this.mapper = mapper;
    }

    /**
     * A step of the approval process. Repeating a call with the same {@code transitionId} changes nothing
     * and answers the item as it is; an arrow that does not exist from the item's status is 409.
     */
    @PostMapping(BASE + "/transitions")
    Mono<ResponseEntity<AgendaItem>> transition(@PathVariable String id, @RequestBody(required = false) String body) {
        return ItemId.parse(id).flatMap(itemId -> {
            JsonInput input = JsonInput.parse(mapper, body);
            String transitionId = input.text("transitionId", true, 200, false);
            String submission = input.text("submissionId", true, 36, false);
            UUID submissionId = submission == null ? null : ItemId.orNull(submission);
            if (submission != null && submissionId == null) {
                input.invalid("submissionId", "Moet het id (UUID) van de indiening zijn.");
            }
            Status to = input.choice("status", true, Status.class);
            String actor = input.text("actor", false, 120, false);
            String reason = input.text("reason", to != null && NEEDS_REASON.contains(to), 2000, false);
            Integer year = input.integer("kaderbriefYear", to == Status.CLAIMED, 2000, 2100);
            String claimId = input.text("claimId", false, 64, true);
            input.check();
            return lifecycle.apply(itemId, new LifecycleService.Transition(transitionId, submissionId, to, actor, reason,
                    year, claimId));
        }).map(item -> ResponseEntity.ok().eTag(item.etag()).body(item));
    }

    /**
     * Execution progress: a percentage, the traffic light (orange and red with cause and correction) and,
     * optionally, the next status (IN_EXECUTION, DONE). A reason is always asked: it is the history's "why".
     */
    @PostMapping(BASE + "/progress")
    Mono<ResponseEntity<AgendaItem>> progress(@PathVariable String id, @RequestBody(required = false) String body,
                                              Principal principal) {
        Caller caller = Caller.of(principal);
        return ItemId.parse(id).flatMap(itemId -> {
            JsonInput input = JsonInput.parse(mapper, body);
            Status to = input.choice("status", false, Status.class);
            if (to != null && to != Status.IN_EXECUTION && to != Status.DONE) {
                input.invalid("status", "Moet IN_EXECUTION of DONE zijn; de andere overgangen lopen via het goedkeuringsproces.");
            }
            Integer percent = input.integer("progress", false, 0, 100);
            TrafficLight light = input.choice("trafficLight", false, TrafficLight.class);
            String cause = input.text("cause", false, 2000, false);
            String correction = input.text("correction", false, 2000, false);
            if (light != null && light != TrafficLight.GREEN) {
                if (cause == null && input.raw("cause") == null) {
                    input.invalid("cause", "Is verplicht bij oranje of rood.");
                }
                if (correction == null && input.raw("correction") == null) {
                    input.invalid("correction", "Is verplicht bij oranje of rood.");
                }
            }
            String reason = input.text("reason", true, 2000, false);
            input.check();
            return lifecycle.report(caller, itemId, new LifecycleService.Progress(to, percent, light, cause, correction, reason));
        }).map(item -> ResponseEntity.ok().eTag(item.etag()).body(item));
    }
}
