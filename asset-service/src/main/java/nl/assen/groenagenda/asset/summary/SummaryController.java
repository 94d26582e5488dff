package nl.assen.groenagenda.asset.summary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class SummaryController {

    private final SummaryRepository summaries;

    SummaryController(SummaryRepository summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/assets/v1/summary")
    Mono<Summary> summary() {
        return summaries.summary();
    }
}
