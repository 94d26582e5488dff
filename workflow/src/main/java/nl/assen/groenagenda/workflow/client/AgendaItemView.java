package nl.assen.groenagenda.workflow.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** What the workflow reads of an agenda item (agenda-service's AgendaItem, content fields at top level). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgendaItemView(String id, String status, String department, String title, String budgetLineCode,
                             List<Cost> costs, Integer version, Integer kaderbriefYear, String claimId) {

    public AgendaItemView {
        costs = costs == null ? List.of() : List.copyOf(costs);
    }

    /** An estimated cost in one fiscal year; {@code recurring} = structureel; kind OPERATING or INVESTMENT. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cost(int year, BigDecimal amount, boolean recurring, String kind) {
    }
}
