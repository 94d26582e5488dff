package nl.assen.groenagenda.asset.register;

import java.util.UUID;
import nl.assen.groenagenda.platform.web.ProblemException;
import nl.assen.groenagenda.platform.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class AssetController {

    private final AssetRepository assets;

    AssetController(AssetRepository assets) {
        this.assets = assets;
    }

    /**
     * One asset with its history; an id that is not a UUID cannot exist, so it is 404 as well. The ETag
     * is the row's version, read in the same query as the body, for an edit's If-Match.
     */
    @GetMapping("/api/assets/v1/assets/{id}")
    Mono<ResponseEntity<AssetDetails>> one(@PathVariable String id) {
        UUID assetId;
        try {
            assetId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return Mono.error(AssetController::notFound);
        }
        return assets.findById(assetId)
                .map(details -> ResponseEntity.ok().eTag(details.version()).body(details))
                .switchIfEmpty(Mono.error(AssetController::notFound));
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Er is geen object met dit id in het register."));
    }
}
