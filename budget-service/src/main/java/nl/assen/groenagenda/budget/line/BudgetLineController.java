package nl.assen.groenagenda.budget.line;

import nl.assen.groenagenda.budget.audit.AuditEntry;
import nl.assen.groenagenda.budget.audit.AuditLog;
import nl.assen.groenagenda.platform.paging.PageRequest;
import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.paging.PagedResponses;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class BudgetLineController {

    private final BudgetLineRepository lines;
    private final AuditLog audit;

    BudgetLineController(BudgetLineRepository lines, AuditLog audit) {
        this.lines = lines;
        this.audit = audit;
    }

    /** The lines in order of their code. */
    @GetMapping("/api/budget/v1/budget-lines")
    Mono<ResponseEntity<PagedList<BudgetLine.Summary>>> list(@RequestParam(required = false) String page,
                                                            @RequestParam(required = false) String pageSize,
                                                            ServerHttpRequest request) {
        PageRequest paging = PageRequest.of(page, pageSize);
        return Mono.zip(lines.page(paging).collectList(), lines.count())
                .map(found -> PagedResponses.ok(request, PagedList.of(found.getT1(), paging, found.getT2())));
    }

    @GetMapping("/api/budget/v1/budget-lines/{code}")
    Mono<BudgetLine> get(@PathVariable String code) {
        return lines.find(code).switchIfEmpty(Mono.error(BudgetLineController::unknownLine));
    }

    /** Who changed what of this line, when and why, oldest first. */
    @GetMapping("/api/budget/v1/budget-lines/{code}/history")
    Mono<ResponseEntity<PagedList<AuditEntry>>> history(@PathVariable String code,
                                                       @RequestParam(required = false) String page,
                                                       @RequestParam(required = false) String pageSize,
                                                       ServerHttpRequest request) {
        PageRequest paging = PageRequest.of(page, pageSize);
        return lines.exists(code)
                .flatMap(exists -> exists
                        ? Mono.zip(audit.historyOfLine(code, paging).collectList(), audit.countHistoryOfLine(code))
                        : Mono.error(unknownLine()))
                .map(found -> PagedResponses.ok(request, PagedList.of(found.getT1(), paging, found.getT2())));
    }

    private static ProblemException unknownLine() {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Er is geen begrotingsregel met deze code."));
    }
}
