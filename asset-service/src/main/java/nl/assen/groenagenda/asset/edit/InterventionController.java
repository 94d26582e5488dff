package nl.assen.groenagenda.asset.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.paging.PagedResponses;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Felling and pruning (issue 3, item 9). Every intervention names a reason from the fixed list; a reason
 * the council's policy rules out (private solar panels) is refused with 422 and the policy cited, and
 * nothing is stored. Felling a monumental tree needs a motivation. Each recorded intervention is audited
 * in the asset's history.
 */
@RestController
class InterventionController {

    private static final Logger log = LoggerFactory.getLogger(InterventionController.class);

    private final InterventionRepository interventions;
    private final AssetEditRepository assets;
    private final TransactionalOperator transaction;

    InterventionController(InterventionRepository interventions, AssetEditRepository assets,
                           TransactionalOperator transaction) {
        this.interventions = interventions;
        this.assets = assets;
        this.transaction = transaction;
    }

    @GetMapping("/api/assets/v1/intervention-reasons")
    Mono<ResponseEntity<PagedList<InterventionReason>>> reasons(@RequestParam(required = false) String page,
                                                                @RequestParam(required = false) String pageSize,
                                                                ServerHttpRequest request) {
        return PagedResponses.slice(request, page, pageSize,
                interventions.reasons().flatMapIterable(Map::values));
    }

    @GetMapping("/api/assets/v1/assets/{id}/interventions")
    Mono<ResponseEntity<PagedList<Intervention>>> list(@PathVariable String id,
                                                       @RequestParam(required = false) String page,
                                                       @RequestParam(required = false) String pageSize,
                                                       ServerHttpRequest request) {
        UUID assetId = AssetEditController.parse(id);
        return interventions.assetExists(assetId)
                .flatMap(exists -> exists ? PagedResponses.slice(request, page, pageSize, interventions.forAsset(assetId))
                        : Mono.error(AssetEditController.notFound()));
    }

    @PostMapping("/api/assets/v1/assets/{id}/interventions")
    Mono<ResponseEntity<Intervention>> record(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                              @AuthenticationPrincipal Jwt jwt) {
        UUID assetId = AssetEditController.parse(id);
        String who = AssetEditController.who(jwt);
        Mono<UUID> work = interventions.reasons().flatMap(reasons -> interventions.lockAsset(assetId)
                .switchIfEmpty(Mono.error(AssetEditController::notFound))
                .flatMap(target -> {
                    refuseByPolicy(body, reasons, assetId, who);
                    InterventionRequest request = InterventionRequest.from(body, reasons);
                    List<Problem.InvalidParam> invalid = new ArrayList<>();
                    if ("FELLING".equals(request.kind()) && "MONUMENTAL".equals(target.protectionStatus())
                            && request.motivation() == null) {
                        invalid.add(new Problem.InvalidParam("motivation",
                                "Verplicht bij het kappen van een monumentale boom: waarom kan de boom niet blijven?"));
                    }
                    if (!invalid.isEmpty()) {
                        return Mono.error(AssetInput.invalid(invalid));
                    }
                    if ("REMOVED".equals(target.status())) {
                        return Mono.error(new ProblemException(Problem.of(HttpStatus.CONFLICT, "asset-removed",
                                "Object is verwijderd", "Dit object staat als verwijderd in het register.")));
                    }
                    InterventionReason reason = reasons.get(request.reason());
                    return interventions.insert(assetId, request, who)
                            .flatMap(interventionId -> assets.history(assetId, who, "INTERVENTION",
                                            auditReason(request, reason), null, audit(interventionId, request))
                                    .thenReturn(interventionId));
                }));
        return transaction.transactional(work)
                .flatMap(interventions::findById)
                .map(intervention -> ResponseEntity.created(
                        URI.create("/api/assets/v1/assets/" + assetId + "/interventions")).body(intervention));
    }

    /**
     * A reason the policy rules out is refused before anything else is looked at: no other field can
     * make it acceptable. 422, not 409: the request conflicts with a rule, not with the asset's state,
     * and no change of that state would make it succeed.
     */
    private static void refuseByPolicy(JsonNode body, Map<String, InterventionReason> reasons, UUID asset, String who) {
        JsonNode code = body == null ? null : body.get("reason");
        InterventionReason reason = code != null && code.isTextual() ? reasons.get(code.textValue()) : null;
        if (reason != null && !reason.permitted()) {
            log.info("intervention on asset {} by {} refused by policy: {}", asset, who, reason.code());
            throw new ProblemException(new Problem(URI.create(reason.policyType()), "Geweigerd op grond van beleid",
                    HttpStatus.UNPROCESSABLE_ENTITY.value(), reason.policyDetail(), null, null,
                    Map.of("reason", reason.code())));
        }
    }

    private static String auditReason(InterventionRequest request, InterventionReason reason) {
        String text = ("FELLING".equals(request.kind()) ? "Kap" : "Snoei") + ": " + reason.name()
                + (request.motivation() == null ? "" : " — " + request.motivation());
        return text.length() > AssetInput.MAX_REASON ? text.substring(0, AssetInput.MAX_REASON) : text;
    }

    private static Map<String, Object> audit(UUID id, InterventionRequest request) {
        Map<String, Object> intervention = new LinkedHashMap<>();
        intervention.put("id", id.toString());
        intervention.put("kind", request.kind());
        intervention.put("reason", request.reason());
        intervention.put("motivation", request.motivation());
        intervention.put("plannedDate", request.plannedDate() == null ? null : request.plannedDate().toString());
        return Map.of("intervention", intervention);
    }
}
