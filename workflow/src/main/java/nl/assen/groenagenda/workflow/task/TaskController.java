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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Taken", description = "De open taken van de ingelogde gebruiker en zijn groepen")
@RestController
@RequestMapping("${groenagenda.api.base-path}")
class TaskController {

    private final TaskInbox inbox;

    TaskController(TaskInbox inbox) {
        this.inbox = inbox;
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
}
