package nl.assen.groenagenda.asset.edit;

import nl.assen.groenagenda.asset.register.AssetRepository;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.asset.norm.Valuation;
import nl.assen.groenagenda.asset.register.AssetDetails;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Registering and changing assets (issue 3, item 10): medewerker and beheerder; every change records
 * who (the token's preferred_username), when, what (the changed fields before and after) and why.
 */
@RestController
class AssetEditController {

    static final ZoneId ASSEN = ZoneId.of("Europe/Amsterdam");

    private final AssetEditRepository assets;
    private final AssetRepository register;
    private final TransactionalOperator transaction;

    AssetEditController(AssetEditRepository assets, AssetRepository register, TransactionalOperator transaction) {
        this.assets = assets;
        this.register = register;
        this.transaction = transaction;
    }

    @PostMapping("/api/assets/v1/assets")
    Mono<ResponseEntity<AssetDetails>> create(@RequestBody(required = false) JsonNode body,
                                              @AuthenticationPrincipal Jwt jwt) {
        String who = who(jwt);
        UUID id = UUID.randomUUID();
        Mono<String> work = assets.catalogue()
                .map(catalogue -> AssetInput.create(body, catalogue, LocalDate.now(ASSEN)))
                .flatMap(applied -> assets.externalIdTaken(applied.fields().externalId, id)
                        .flatMap(taken -> taken ? Mono.error(AssetEditController::externalIdConflict)
                                : assets.lockNorm(applied.fields().subtype))
                        .flatMap(norm -> {
                            AssetFields asset = applied.fields();
                            asset.id = id;
                            asset.replacementValue = Valuation.replacementValue(asset.quantity, norm.unitCost());
                            if (asset.lifespanFromNorm) {
                                asset.expectedLifespan = norm.lifespanYears();
                            }
                            return assets.insert(asset, who)
                                    .flatMap(version -> assets.history(id, who, "CREATED", applied.reason(), null,
                                            asset.audit()).thenReturn(version));
                        }));
        return transaction.transactional(work)
                .flatMap(version -> register.findById(id).map(details -> ResponseEntity.created(
                                URI.create("/api/assets/v1/assets/" + id))
                        .eTag(Versions.etag(version)).body(details)));
    }

    /**
     * A JSON merge patch of one asset with a reason, against the version the client read (If-Match or
     * "version"): 412 when the asset changed since. The value follows the norm when quantity or subtype
     * change; a change to REMOVED is recorded as a removal.
     */
    @PatchMapping("/api/assets/v1/assets/{id}")
    Mono<ResponseEntity<AssetDetails>> patch(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @AuthenticationPrincipal Jwt jwt) {
        String who = who(jwt);
        UUID assetId = parse(id);
        String expected = Versions.expected(ifMatch, body);
        Mono<String> work = Mono.zip(assets.catalogue(), assets.find(assetId, false)
                        .switchIfEmpty(Mono.error(AssetEditController::notFound)))
                .flatMap(loaded -> {
                    Catalogue catalogue = loaded.getT1();
                    JsonNode subtype = body == null ? null : body.get("subtype");
                    String target = subtype != null && subtype.isTextual()
                            && catalogue.subtypes().containsKey(subtype.textValue())
                            ? subtype.textValue() : loaded.getT2().fields().subtype;
                    return assets.lockNorm(target)
                            .flatMap(norm -> assets.find(assetId, true)
                                    .switchIfEmpty(Mono.error(AssetEditController::notFound))
                                    .flatMap(current -> change(current, expected, body, catalogue, target, norm, who)));
                });
        return transaction.transactional(work)
                .flatMap(version -> register.findById(assetId).map(details -> ResponseEntity.ok()
                        .eTag(Versions.etag(version)).body(details)));
    }

    private Mono<String> change(AssetEditRepository.Versioned current, String expected, JsonNode body,
                                Catalogue catalogue, String lockedSubtype, AssetEditRepository.Norm norm, String who) {
        if (!Versions.matches(expected, current.version())) {
            return Mono.error(Versions.stale(current.version()));
        }
        AssetInput.Applied applied = AssetInput.patch(body, current.fields(), catalogue, LocalDate.now(ASSEN));
        AssetFields edited = applied.fields();
        if (!edited.subtype.equals(lockedSubtype)) {
            // Changed by someone else between the first read and the lock (reachable only with If-Match: *).
            return Mono.error(Versions.stale(current.version()));
        }
        if (applied.quantityOrSubtypeChanged()) {
            edited.replacementValue = Valuation.replacementValue(edited.quantity, norm.unitCost());
        }
        if (edited.lifespanFromNorm) {
            edited.expectedLifespan = norm.lifespanYears();
        }
        Map<String, Map<String, Object>> diff = AssetFields.diff(current.fields().audit(), edited.audit());
        if (diff.isEmpty()) {
            return Mono.just(current.version());
        }
        Mono<Boolean> taken = edited.externalId == null || edited.externalId.equals(current.fields().externalId)
                ? Mono.just(false) : assets.externalIdTaken(edited.externalId, edited.id);
        String action = "REMOVED".equals(edited.status) && !"REMOVED".equals(current.fields().status)
                ? "REMOVED" : "UPDATED";
        return taken.flatMap(isTaken -> isTaken ? Mono.error(AssetEditController::externalIdConflict)
                : assets.update(edited, who)
                        .flatMap(version -> assets.history(edited.id, who, action, applied.reason(),
                                diff.get("before"), diff.get("after")).thenReturn(version)));
    }

    static String who(Jwt jwt) {
        return jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw notFound();
        }
    }

    static ProblemException notFound() {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Er is geen object met dit id in het register."));
    }

    private static ProblemException externalIdConflict() {
        return new ProblemException(Problem.of(HttpStatus.CONFLICT, "external-id-taken", "Extern id al in gebruik",
                "Een ander object in het register heeft dit externe id al."));
    }
}
