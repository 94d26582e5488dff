package nl.assen.groenagenda.workflow.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.assen.groenagenda.platform.security.Roles;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Agendapunten", description = "Beslissingen over een agendapunt en waar zijn goedkeuring staat")
@RestController
@RequestMapping("${groenagenda.api.base-path}")
class AgendaItemController {

    private final DecisionLog decisions;
    private final ApprovalProgress progress;

    AgendaItemController(DecisionLog decisions, ApprovalProgress progress) {
        this.decisions = decisions;
        this.progress = progress;
    }

    @Operation(summary = "Beslissingen over een agendapunt",
            description = "Elke beslissing (manager, financieel adviseur, raad) over het agendapunt, oudste eerst. "
                    + "Een afdelingsmanager ziet alleen agendapunten van zijn eigen afdeling.")
    @GetMapping(path = "/agenda-items/{id}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PageResponse<RecordedDecision>> decisions(@PathVariable String id,
                                                             @Valid @ParameterObject PageQuery page,
                                                             @AuthenticationPrincipal Jwt token,
                                                             HttpServletRequest request) {
        Caller caller = Caller.of(token);
        if (!seesEveryDepartment(caller) && !caller.groups().contains(
                Roles.AFDELINGSMANAGER + ":" + progress.departmentOf(id))) {
            throw TaskProblems.notYourDepartment();
        }
        PageResponse<RecordedDecision> body = PageResponse.of(
                decisions.of(id, page.offset(), page.pageSize()), page, decisions.countFor(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, PageLinks.header(request.getRequestURI(), body))
                .body(body);
    }

    @Operation(summary = "Waar de goedkeuring van een agendapunt staat",
            description = "De laatste goedkeuring van het agendapunt (lopend of afgerond): status, huidige stappen, "
                    + "storingen, start- en eindtijd. 404 als het agendapunt nooit is ingediend.")
    @GetMapping(path = "/agenda-items/{id}/process", produces = MediaType.APPLICATION_JSON_VALUE)
    ProcessView process(@PathVariable String id) {
        ProcessView view = progress.latest(id);
        if (view == null) {
            throw TaskProblems.notFound("Voor dit agendapunt is geen goedkeuring gestart.");
        }
        return view;
    }

    private static boolean seesEveryDepartment(Caller caller) {
        return caller.groups().contains(Roles.FINANCIEEL_ADVISEUR) || caller.groups().contains(Roles.BEHEERDER);
    }
}
