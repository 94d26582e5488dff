package nl.assen.groenagenda.agenda.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import nl.assen.groenagenda.agenda.item.ItemId;
import nl.assen.groenagenda.agenda.item.Caller;
import nl.assen.groenagenda.platform.web.JsonInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Submitting an item for approval (202: recorded, the approval process follows) and the item's
 * submissions with their delivery to the workflow service.
 */
@RestController
class SubmissionController {

    private static final String BASE = "/api/agenda/v1/agenda-items/{id}";

    private final SubmissionService submissions;
    private final ObjectMapper mapper;

    SubmissionController(SubmissionService submissions, ObjectMapper mapper) {
        this.submissions = submissions;
        this.mapper = mapper;
    }

    @PostMapping(BASE + "/submission")
    Mono<ResponseEntity<Submission>> submit(@PathVariable String id, @RequestBody(required = false) String body,
                                            Principal principal) {
        return ItemId.parse(id).flatMap(itemId -> {
            JsonInput input = JsonInput.parseOptional(mapper, body);
            String reason = input.text("reason", false, 2000, false);
            input.check();
            return submissions.submit(Caller.of(principal), itemId, reason);
        }).map(submission -> ResponseEntity.accepted()
                .location(URI.create("/api/agenda/v1/agenda-items/" + submission.agendaItemId() + "/submissions"))
                .body(submission));
    }

    @GetMapping(BASE + "/submissions")
    Mono<List<Submission>> list(@PathVariable String id, Principal principal) {
        return ItemId.parse(id).flatMap(itemId -> submissions.ofItem(Caller.of(principal), itemId));
    }
}
