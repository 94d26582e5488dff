package nl.assen.groenagenda.workflow.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.workflow.client.BudgetClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Kaderbrief", description = "Het proces van een Kaderbriefcyclus en de raadsbesluiten over claims")
@RestController
@RequestMapping("${groenagenda.api.base-path}")
class CycleController {

    private final CycleProcesses processes;
    private final BudgetClient budget;
    private final ObjectMapper json;

    CycleController(CycleProcesses processes, BudgetClient budget, ObjectMapper json) {
        this.processes = processes;
        this.budget = budget;
        this.json = json;
    }

    record CycleProcess(String processInstanceId, String businessKey, int year) {
    }

    @Operation(summary = "Kaderbriefcyclus starten",
            description = "Start het proces Kaderbriefcyclus voor het jaar, met de sluitingsdatum voor claims uit de "
                    + "begroting: 201 de eerste keer, 200 met het lopende proces als het al loopt.")
    @PostMapping(path = "/kaderbrief-cycles/{year}/process", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CycleProcess> start(@PathVariable int year) {
        CycleProcesses.Started started = processes.running(year);
        if (started == null) {
            JsonNode cycle = budget.cycle(year);
            if (cycle == null) {
                throw TaskProblems.notFound("De begroting kent geen Kaderbriefcyclus voor " + year + ".");
            }
            started = processes.start(year, cycle.path("claimDeadline").asText(null));
        }
        return ResponseEntity.status(started.first() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new CycleProcess(started.processInstanceId(), started.businessKey(), started.year()));
    }

    @Operation(summary = "Raadsbesluit over een claim vastleggen",
            description = "Body als bij de begroting: {claimId, outcome, amounts, reference, followUp, reason}. "
                    + "Alleen als een goedkeuring op dit besluit wacht (anders 404, er verandert niets). Het besluit "
                    + "wordt met uw eigen token in de begroting vastgelegd, daarna gaat de goedkeuring verder.")
    @PostMapping(path = "/kaderbrief-cycles/{year}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode decide(@PathVariable int year, @RequestBody(required = false) String body,
                    @AuthenticationPrincipal Jwt token) {
        JsonNode request = parse(body);
        String claimId = request.path("claimId").asText("");
        if (claimId.isBlank()) {
            throw TaskProblems.invalid(List.of(new Problem.InvalidParam("claimId", "Is verplicht.")));
        }
        if (processes.waitingForCouncil(claimId) == null) {
            throw TaskProblems.notFound("Geen goedkeuring wacht op een raadsbesluit over deze claim.");
        }
        JsonNode result = budget.recordDecision(year, body, token.getTokenValue());
        processes.correlateCouncilDecision(claimId, councilVariables(request, result.path("claim")));
        return result;
    }

    private JsonNode parse(String body) {
        try {
            JsonNode parsed = body == null ? null : json.readTree(body);
            if (parsed != null && parsed.isObject()) {
                return parsed;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            // Answered below like any other body that is not a JSON object.
        }
        throw TaskProblems.invalid(List.of());
    }

    /** What budget-service recorded wins over what was asked; the request fills what it leaves out. */
    private static Map<String, Object> councilVariables(JsonNode request, JsonNode claim) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("councilOutcome", firstText(claim.path("status"), request.path("outcome")));
        variables.put("councilFollowUp", firstText(claim.path("followUp"), request.path("followUp")));
        variables.put("councilReference", firstText(claim.path("decisionReference"), request.path("reference")));
        return variables;
    }

    private static String firstText(JsonNode preferred, JsonNode fallback) {
        if (preferred.isTextual() && !preferred.asText().isBlank()) {
            return preferred.asText();
        }
        return fallback.isTextual() && !fallback.asText().isBlank() ? fallback.asText() : null;
    }
}
