package nl.assen.groenagenda.asset.planning;

import java.math.BigDecimal;

/**
 * A plan as CSV in the Dutch spreadsheet convention: {@code ;} between fields, a decimal comma and no
 * thousands separator (Excel and LibreOffice with Dutch settings open it as numbers). One header row
 * with the JSON property names, then one row per year; every row says whether the register behind the
 * plan is synthetic, so that a copied table keeps that label.
 */
final class PlanCsv {

    static final String HEADER = "year;budget;spent;unspent;replacedValue;replacedCount;newlyDueValue;backlogValue;"
            + "backlogCount;cumulativeReplacedValue;cumulativeReplacedShare;strategy;synthetic";

    private PlanCsv() {
    }

    static String of(ReplacementPlan plan) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ReplacementPlan.Year year : plan.years()) {
            csv.append(year.year()).append(';')
                    .append(number(year.budget())).append(';')
                    .append(number(year.spent())).append(';')
                    .append(number(year.unspent())).append(';')
                    .append(number(year.replacedValue())).append(';')
                    .append(year.replacedCount()).append(';')
                    .append(number(year.newlyDueValue())).append(';')
                    .append(number(year.backlogValue())).append(';')
                    .append(year.backlogCount()).append(';')
                    .append(number(year.cumulativeReplacedValue())).append(';')
                    .append(number(year.cumulativeReplacedShare())).append(';')
                    .append(plan.parameters().strategy()).append(';')
                    .append(plan.synthetic() ? "ja" : "nee").append("\r\n");
        }
        return csv.toString();
    }

    static String number(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
