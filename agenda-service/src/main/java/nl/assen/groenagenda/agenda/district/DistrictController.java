package nl.assen.groenagenda.agenda.district;

import io.r2dbc.spi.Readable;
import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.paging.PagedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The districts an agenda item may name, for pick lists. */
@RestController
class DistrictController {

    record District(String name) {
    }

    private final DatabaseClient db;

    DistrictController(DatabaseClient db) {
        this.db = db;
    }

    @GetMapping("/api/agenda/v1/districts")
    Mono<ResponseEntity<PagedList<District>>> list(@RequestParam(required = false) String page,
                                                   @RequestParam(required = false) String pageSize,
                                                   ServerHttpRequest request) {
        return PagedResponses.slice(request, page, pageSize,
                db.sql("SELECT name FROM district ORDER BY sort_order")
                        .map((Readable row) -> new District(row.get("name", String.class))).all());
    }
}
