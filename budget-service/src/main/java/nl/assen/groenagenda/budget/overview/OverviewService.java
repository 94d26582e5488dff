package nl.assen.groenagenda.budget.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Puts the rows of the query and the pending claims together and adds them up, in euros. */
@Service
class OverviewService {

    private final OverviewRepository repository;
    private final PendingClaims pendingClaims;

    OverviewService(OverviewRepository repository, PendingClaims pendingClaims) {
        this.repository = repository;
        this.pendingClaims = pendingClaims;
    }

    Mono<Overview> overview(int fromYear, int toYear) {
        Mono<Map<String, BigDecimal>> pending = pendingClaims.between(fromYear, toYear)
                .collectMap(claim -> key(claim.budgetLineCode(), claim.year()), PendingClaims.Pending::amount,
                        HashMap::new);
        return Mono.zip(repository.rows(fromYear, toYear).collectList(), pending)
                .map(found -> build(fromYear, toYear, found.getT1(), found.getT2()));
    }

    private static String key(String code, int year) {
        return code + '/' + year;
    }

    private static Overview build(int fromYear, int toYear, List<OverviewRepository.Row> rows,
                                  Map<String, BigDecimal> pending) {
        int span = toYear - fromYear + 1;
        List<Overview.Figures> totals = new ArrayList<>(span);
        for (int year = fromYear; year <= toYear; year++) {
            totals.add(Overview.Figures.zero(year));
        }
        List<Overview.Line> lines = new ArrayList<>(rows.size() / span + 1);
        Overview.Figures total = Overview.Figures.zero(null);
        // The rows come ordered by code and year, span rows per line.
        for (int start = 0; start < rows.size(); start += span) {
            OverviewRepository.Row head = rows.get(start);
            List<Overview.Figures> years = new ArrayList<>(span);
            Overview.Figures lineTotal = Overview.Figures.zero(null);
            for (int i = 0; i < span; i++) {
                OverviewRepository.Row row = rows.get(start + i);
                BigDecimal claims = pending.getOrDefault(key(row.code(), row.year()), BigDecimal.ZERO).setScale(2);
                var figures = new Overview.Figures(row.year(), row.budget(), row.reserved(), row.realised(),
                        row.budget().subtract(row.reserved()).subtract(row.realised()), claims);
                years.add(figures);
                lineTotal = lineTotal.plus(figures);
                totals.set(i, totals.get(i).plus(figures));
            }
            total = total.plus(lineTotal);
            lines.add(new Overview.Line(head.code(), head.name(), head.taakveld(), head.taakveldName(), head.kind(),
                    years, lineTotal));
        }
        return new Overview(fromYear, toYear, Unit.EUR, lines, totals, total);
    }
}
