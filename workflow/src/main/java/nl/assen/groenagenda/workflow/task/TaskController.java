package nl.assen.groenagenda.workflow.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.assen.groenagenda.workflow.web.PageLinks;
import nl.assen.groenagenda.workflow.web.PageQuery;
import nl.assen.groenagenda.workflow.web.PageResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Taken", description = "De open taken van de ingelogde gebruiker en zijn groepen")
@RestController
@RequestMapping("${groenagenda.api.base-path}")
class TaskController {

    private final TaskInbox inbox;
    private final TaskCompletions completions;

    TaskController(TaskInbox inbox, TaskCompletions completions) {
        this.inbox = inbox;
        this.completions = completions;
    }

    @Operation(summary = "Mijn open taken",
            description = "Taken die aan de gebruiker zijn toegewezen, of nog door niemand zijn opgepakt en aan een "
                    + "van zijn groepen (rol, en rol per afdeling) zijn aangeboden. Oudste eerst.")
    @GetMapping(path = "/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PageResponse<OpenTask>> openTasks(@Valid @ParameterObject PageQuery page,
                                                     @AuthenticationPrincipal Jwt token,
                                                     HttpServletRequest request) {
        TaskInbox.Page found = inbox.openTasksOf(Caller.of(token), page.offset(), page.pageSize());
        PageResponse<OpenTask> body = PageResponse.of(found.tasks(), page, found.total());
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, PageLinks.header(request.getRequestURI(), body))
                .body(body);
    }

    @Operation(summary = "Een open taak",
            description = "Een taak die aan de gebruiker is toegewezen of aan een van zijn groepen is aangeboden, ook "
                    + "als een collega haar heeft opgepakt (dan staat die als assignee). 404 voor een taak die niet "
                    + "(meer) open staat of niet voor de gebruiker is: van andermans taken wordt niet verteld dat ze bestaan.")
    @GetMapping(path = "/tasks/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    OpenTask task(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        return completions.visibleTask(Caller.of(token), id);
    }

    @Operation(summary = "Taak oppakken",
            description = "Maakt de taak de uwe, zodat collega's haar niet tegelijk afhandelen. 409 als een ander "
                    + "haar al heeft opgepakt.")
    @PostMapping(path = "/tasks/{id}/claim", produces = MediaType.APPLICATION_JSON_VALUE)
    OpenTask claim(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        return completions.claim(Caller.of(token), id);
    }

    @Operation(summary = "Taak teruggeven", description = "Geeft een opgepakte taak terug aan de groep.")
    @PostMapping(path = "/tasks/{id}/unclaim", produces = MediaType.APPLICATION_JSON_VALUE)
    OpenTask unclaim(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        return completions.unclaim(Caller.of(token), id);
    }

    @Operation(summary = "Taak afronden met een beslissing",
            description = "Legt de beslissing vast (wie, wat, waarom) en zet het proces voort. 400 voor een "
                    + "onbekende beslissing of ontbrekende toelichting, 403 buiten uw groepen, 404 als de taak "
                    + "niet (meer) bestaat, 409 als een ander de taak heeft of het agendapunt intussen veranderde.")
    @PostMapping(path = "/tasks/{id}/completion", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    RecordedDecision complete(@PathVariable String id, @RequestBody(required = false) CompletionRequest request,
                              @AuthenticationPrincipal Jwt token) {
        return completions.complete(Caller.of(token), id, request);
    }
}
