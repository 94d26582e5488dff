package nl.assen.groenagenda.agenda.theme;

import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.paging.PagedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class ThemeController {

    private final ThemeRepository themes;

    ThemeController(ThemeRepository themes) {
        this.themes = themes;
    }

    @GetMapping("/api/agenda/v1/themes")
    Mono<ResponseEntity<PagedList<Theme>>> list(@RequestParam(required = false) String page,
                                                @RequestParam(required = false) String pageSize,
                                                ServerHttpRequest request) {
        return PagedResponses.slice(request, page, pageSize, themes.findAll());
    }
}
