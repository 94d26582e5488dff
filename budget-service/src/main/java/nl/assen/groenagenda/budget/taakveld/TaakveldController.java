package nl.assen.groenagenda.budget.taakveld;

import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.paging.PagedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class TaakveldController {

    private final TaakveldRepository taakvelden;

    TaakveldController(TaakveldRepository taakvelden) {
        this.taakvelden = taakvelden;
    }

    @GetMapping("/api/budget/v1/taakvelden")
    Mono<ResponseEntity<PagedList<Taakveld>>> list(@RequestParam(required = false) String page,
                                                   @RequestParam(required = false) String pageSize,
                                                   ServerHttpRequest request) {
        return PagedResponses.slice(request, page, pageSize, taakvelden.findAll());
    }
}
