package nl.assen.groenagenda.asset.type;

import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.paging.PagedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class AssetTypeController {

    private final AssetTypeRepository types;

    AssetTypeController(AssetTypeRepository types) {
        this.types = types;
    }

    @GetMapping("/api/assets/v1/asset-types")
    Mono<ResponseEntity<PagedList<AssetType>>> list(@RequestParam(required = false) String page,
                                                    @RequestParam(required = false) String pageSize,
                                                    ServerHttpRequest request) {
        return PagedResponses.slice(request, page, pageSize, types.findAll());
    }
}
