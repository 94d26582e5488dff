package nl.assen.groenagenda.budget.line;

import java.math.BigDecimal;
import java.util.List;
import nl.assen.groenagenda.budget.capital.FirstDepreciation;
import nl.assen.groenagenda.budget.capital.Method;
import nl.assen.groenagenda.budget.capital.ScheduleYear;

/**
 * A budget line (begrotingsregel) with its years: what the detail endpoint answers. Investment lines
 * carry their capital-charge parameters and the schedule that follows from their yearly investments.
 */
public record BudgetLine(String code, String name, String description, String taakveld, String taakveldName,
                         Kind kind, String department, CapitalParameters capitalChargeParameters,
                         List<BudgetYear> years, List<ScheduleYear> capitalChargeSchedule) {

    public enum Kind { OPERATING, INVESTMENT }

    /** The row of the list endpoint. */
    public record Summary(String code, String name, String description, String taakveld, String taakveldName,
                          Kind kind, String department) {
    }

    public record CapitalParameters(Method method, int termYears, BigDecimal interestRate,
                                    FirstDepreciation firstDepreciation) {
    }
}
