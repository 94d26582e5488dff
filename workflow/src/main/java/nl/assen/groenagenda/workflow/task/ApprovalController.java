package nl.assen.groenagenda.workflow.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Goedkeuringen", description = "Het starten van de goedkeuring van een ingediend agendapunt")
@RestController
@RequestMapping("${groenagenda.api.base-path}")
class ApprovalController {

    private final ApprovalStarts approvals;

    ApprovalController(ApprovalStarts approvals) {
        this.approvals = approvals;
    }

    /** What agenda-service keeps of the answer: the instance, and which submission it is for. */
    record ApprovalStarted(String processInstanceId, String agendaItemId, String submissionId) {
    }

    @Operation(summary = "Goedkeuring starten (alleen agenda-service)",
            description = "Start het proces Goedkeuring agendapunt voor een indiening: 201 de eerste keer, 200 met "
                    + "hetzelfde proces bij elke herhaling van dezelfde indiening.")
    @PostMapping(path = "/approvals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApprovalStarted> start(@Valid @RequestBody ApprovalRequest request) {
        ApprovalStarts.Started started = approvals.start(request);
        return ResponseEntity.status(started.first() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ApprovalStarted(started.processInstanceId(), started.agendaItemId(), started.submissionId()));
    }
}
