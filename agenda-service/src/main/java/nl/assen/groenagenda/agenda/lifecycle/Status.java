package nl.assen.groenagenda.agenda.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an agenda item. Who moves an item along which arrow is decided here and in the
 * controllers: staff submit and report execution, the workflow service reports everything the approval
 * process decides.
 */
public enum Status {
    DRAFT("Concept"),
    SUBMITTED("Ingediend"),
    APPROVED("Goedgekeurd door afdelingsmanager"),
    COVERED("Gedekt uit bestaand budget"),
    CLAIMED("Claim in Kaderbrief"),
    ADOPTED("Vastgesteld"),
    IN_EXECUTION("In uitvoering"),
    DONE("Afgerond"),
    RETURNED("Teruggestuurd"),
    REJECTED("Afgewezen"),
    DEFERRED("Uitgesteld naar volgende cyclus");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A drafter may change the item: a draft, or one that came back to be reworked. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == DEFERRED;
    }

    /** Statuses from which the item can be (re)submitted for approval. */
    public boolean submittable() {
        return editable();
    }

    /** Where the approval process may move an item from this status. */
    public Set<Status> workflowTargets() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(APPROVED, RETURNED, REJECTED);
            case APPROVED -> EnumSet.of(COVERED, CLAIMED, RETURNED);
            case CLAIMED -> EnumSet.of(ADOPTED, RETURNED, DEFERRED);
            default -> EnumSet.noneOf(Status.class);
        };
    }

    /** Where staff may move an item during execution. */
    public Set<Status> executionTargets() {
        return switch (this) {
            case COVERED, ADOPTED -> EnumSet.of(IN_EXECUTION);
            case IN_EXECUTION -> EnumSet.of(DONE);
            default -> EnumSet.noneOf(Status.class);
        };
    }

    /** Whether execution progress and the traffic light can be reported in this status. */
    public boolean reportsProgress() {
        return this == COVERED || this == ADOPTED || this == IN_EXECUTION;
    }
}
