package nl.assen.groenagenda.asset.norm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.paging.PagedResponses;
import nl.assen.groenagenda.platform.web.ProblemException;
import nl.assen.groenagenda.platform.web.ProblemJsonErrorHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class CostNormController {

    private final CostNormRepository norms;

    CostNormController(CostNormRepository norms) {
        this.norms = norms;
    }

    @GetMapping("/api/assets/v1/cost-norms")
    Mono<ResponseEntity<PagedList<CostNorm>>> list(@RequestParam(required = false) String page,
                                                   @RequestParam(required = false) String pageSize,
                                                   ServerHttpRequest request) {
        return PagedResponses.slice(request, page, pageSize, norms.findAll());
    }

    /** Changes a norm (beheerder only) and revalues every asset it applies to; the reason is mandatory. */
    @PutMapping("/api/assets/v1/cost-norms/{id}")
    Mono<CostNormChangeResult> change(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                      @AuthenticationPrincipal Jwt jwt) {
        CostNormChange change = CostNormChange.from(body);
        UUID normId = parse(id);
        String who = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        return norms.change(normId, change, who)
                .switchIfEmpty(Mono.error(() -> notFound()));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw notFound();
        }
    }

    private static ProblemException notFound() {
        return new ProblemException(ProblemJsonErrorHandler.byStatus(HttpStatus.NOT_FOUND));
    }
}
