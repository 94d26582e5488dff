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

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final OverviewRepository repository;
    private final PendingClaims pendingClaims;

    OverviewService(OverviewRepository repository, PendingClaims pendingClaims) {
        this.repository = repository;
        this.pendingClaims = pendingClaims;
    }

    Mono<Overview> overview(int fromYear, int toYear) {
        int span = toYear - fromYear + 1;
        Mono<Map<String, BigDecimal[]>> pending = pendingClaims.between(fromYear, toYear)
                .collect(HashMap::new, (Map<String, BigDecimal[]> byLine, PendingClaims.Pending claim) ->
                        byLine.computeIfAbsent(claim.budgetLineCode(), code -> new BigDecimal[span])
                                [claim.year() - fromYear] = claim.amount().setScale(2));
        return Mono.zip(repository.rows(fromYear, toYear).collectList(), pending)
                .map(found -> build(fromYear, toYear, found.getT1(), found.getT2()));
    }

    private static Overview build(int fromYear, int toYear, List<OverviewRepository.Row> rows,
                                  Map<String, BigDecimal[]> pending) {
        int span = toYear - fromYear + 1;
        List<Sum> totals = new ArrayList<>(span);
        for (int i = 0; i < span; i++) {
            totals.add(new Sum());
        }
        List<Overview.Line> lines = new ArrayList<>(rows.size());
        Sum total = new Sum();
        for (OverviewRepository.Row row : rows) {
            BigDecimal[] claims = pending.get(row.code());
            List<Overview.Figures> years = new ArrayList<>(span);
            Sum lineTotal = new Sum();
            for (int i = 0; i < span; i++) {
                OverviewRepository.Amounts amounts = row.years().get(i);
                BigDecimal claimed = claims == null || claims[i] == null ? ZERO : claims[i];
                var figures = new Overview.Figures(fromYear + i, amounts.budget(), amounts.reserved(),
                        amounts.realised(), amounts.budget().subtract(amounts.reserved()).subtract(amounts.realised()),
                        claimed);
                years.add(figures);
                lineTotal.add(figures);
                totals.get(i).add(figures);
            }
            total.add(lineTotal);
            lines.add(new Overview.Line(row.code(), row.name(), row.taakveld(), row.taakveldName(), row.kind(),
                    years, lineTotal.figures(null)));
        }
        List<Overview.Figures> yearTotals = new ArrayList<>(span);
        for (int i = 0; i < span; i++) {
            yearTotals.add(totals.get(i).figures(fromYear + i));
        }
        return new Overview(fromYear, toYear, Unit.EUR, lines, yearTotals, total.figures(null));
    }

    /** A running sum of figures: one per line, per year and overall, instead of a new record per addition. */
    private static final class Sum {

        private BigDecimal budget = ZERO;
        private BigDecimal reserved = ZERO;
        private BigDecimal realised = ZERO;
        private BigDecimal available = ZERO;
        private BigDecimal pendingClaims = ZERO;

        void add(Overview.Figures figures) {
            budget = budget.add(figures.budget());
            reserved = reserved.add(figures.reserved());
            realised = realised.add(figures.realised());
            available = available.add(figures.available());
            pendingClaims = pendingClaims.add(figures.pendingClaims());
        }

        void add(Sum other) {
            budget = budget.add(other.budget);
            reserved = reserved.add(other.reserved);
            realised = realised.add(other.realised);
            available = available.add(other.available);
            pendingClaims = pendingClaims.add(other.pendingClaims);
        }

        Overview.Figures figures(Integer year) {
            return new Overview.Figures(year, budget, reserved, realised, available, pendingClaims);
        }
    }
}
