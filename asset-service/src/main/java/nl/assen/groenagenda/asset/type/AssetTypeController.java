package nl.assen.groenagenda.asset.type;

import nl.assen.groenagenda.platform.paging.PageRequest;
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
        PageRequest paging = PageRequest.of(page, pageSize);
        return types.findAll().collectList()
                .map(all -> PagedResponses.ok(request, PagedList.slice(all, paging)));
    }
}
