package nl.assen.groenagenda.budget.overview;

import java.math.BigDecimal;
import java.util.List;

/**
 * Per budget line and fiscal year: the budget (the year's expenses), what is reserved and realised,
 * what is available ({@code budget - reserved - realised}) and the pending claims; with totals per
 * year, per line and overall. {@code unit} says whether amounts are euros or whole thousands of euros.
 */
public record Overview(int fromYear, int toYear, Unit unit, List<Line> lines, List<Figures> totals, Figures total) {

    public record Line(String code, String name, String taakveld, String taakveldName, String kind,
                       List<Figures> years, Figures total) {
    }

    /** The figures of one year ({@code year} is null for a sum over years). */
    public record Figures(Integer year, BigDecimal budget, BigDecimal reserved, BigDecimal realised,
                          BigDecimal available, BigDecimal pendingClaims) {

        Figures in(Unit unit) {
            return new Figures(year, unit.convert(budget), unit.convert(reserved), unit.convert(realised),
                    unit.convert(available), unit.convert(pendingClaims));
        }
    }

    /** The same overview with every amount in {@code target}, each rounded on its own (at the edge). */
    Overview in(Unit target) {
        if (target == unit) {
            return this;
        }
        List<Line> converted = lines.stream()
                .map(line -> new Line(line.code(), line.name(), line.taakveld(), line.taakveldName(), line.kind(),
                        line.years().stream().map(figures -> figures.in(target)).toList(), line.total().in(target)))
                .toList();
        return new Overview(fromYear, toYear, target, converted,
                totals.stream().map(figures -> figures.in(target)).toList(), total.in(target));
    }
}
