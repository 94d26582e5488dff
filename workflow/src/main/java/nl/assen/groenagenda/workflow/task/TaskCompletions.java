package nl.assen.groenagenda.workflow.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.workflow.client.AgendaClient;
import nl.assen.groenagenda.workflow.client.AgendaItemView;
import nl.assen.groenagenda.workflow.client.BudgetClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claiming, handing back and completing a task, with the rules of the contract: who may act, which
 * decisions and motivations a step takes, and that the agenda item has not moved on meanwhile.
 */
@Component
class TaskCompletions {

    private final TaskInbox inbox;
    private final DecisionLog decisions;
    private final AgendaClient agenda;
    private final BudgetClient budget;
    private final TransactionTemplate transaction;

    TaskCompletions(TaskInbox inbox, DecisionLog decisions, AgendaClient agenda, BudgetClient budget,
                    TransactionTemplate transaction) {
        this.inbox = inbox;
        this.decisions = decisions;
        this.agenda = agenda;
        this.budget = budget;
        this.transaction = transaction;
    }

    /** The caller's own task, or one offered to their groups (whoever holds it now). */
    OpenTask visibleTask(Caller caller, String taskId) {
        TaskInbox.TaskView view = openTask(taskId);
        if (!view.isAssignedTo(caller) && !view.isOfferedTo(caller)) {
            throw TaskProblems.taskNotFound();
        }
        return view.task();
    }

    OpenTask claim(Caller caller, String taskId) {
        TaskInbox.TaskView view = openTask(taskId);
        if (view.isAssignedTo(caller)) {
            return view.task();
        }
        mayActOn(caller, view);
        inbox.claim(taskId, caller.userId());
        return openTask(taskId).task();
    }

    OpenTask unclaim(Caller caller, String taskId) {
        TaskInbox.TaskView view = openTask(taskId);
        if (!view.isAssignedTo(caller)) {
            mayActOn(caller, view);
            // Not held by anyone: handing it back again changes nothing.
            return view.task();
        }
        inbox.unclaim(taskId);
        return openTask(taskId).task();
    }

    RecordedDecision complete(Caller caller, String taskId, CompletionRequest request) {
        TaskInbox.TaskView view = openTask(taskId);
        if (!view.isAssignedTo(caller)) {
            mayActOn(caller, view);
        }
        Step step = Step.of(view.taskDefinitionKey());
        String decision = request == null ? null : request.decision();
        String motivation = request == null || request.motivation() == null || request.motivation().isBlank()
                ? null : request.motivation();
        checkInput(view, step, decision, motivation);
        checkUnchanged(view, step);

        var recorded = new RecordedDecision(UUID.randomUUID().toString(), view.task().agendaItemId(),
                view.task().processInstanceId(), taskId, view.taskDefinitionKey(), decision, motivation,
                caller.userId(), Instant.now());
        // One transaction: the engine joins Spring's, so the row and the completion commit together.
        transaction.executeWithoutResult(status -> {
            if (!decisions.record(recorded)) {
                throw TaskProblems.taskNotFound();
            }
            inbox.complete(taskId, caller.userId(), step.variables(decision, motivation, caller.userId()));
        });
        return recorded;
    }

    private TaskInbox.TaskView openTask(String taskId) {
        TaskInbox.TaskView view = inbox.task(taskId);
        if (view == null) {
            throw TaskProblems.taskNotFound();
        }
        return view;
    }

    /** Offered to one of the caller's groups, and not held by a colleague. */
    private static void mayActOn(Caller caller, TaskInbox.TaskView view) {
        if (!view.isOfferedTo(caller)) {
            throw TaskProblems.notYourTask();
        }
        if (view.task().assignee() != null) {
            throw TaskProblems.claimedBySomeoneElse(view.task().assignee());
        }
    }

    private static void checkInput(TaskInbox.TaskView view, Step step, String decision, String motivation) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        List<String> allowed = view.task().decisions();
        if (decision == null || decision.isBlank()) {
            invalid.add(new Problem.InvalidParam("decision", "Is verplicht: een van " + String.join(", ", allowed) + "."));
        } else if (!allowed.contains(decision)) {
            invalid.add(new Problem.InvalidParam("decision", "Moet een van " + String.join(", ", allowed) + " zijn."));
        }
        if (motivation == null && decision != null && step.needsMotivation(decision)) {
            invalid.add(new Problem.InvalidParam("motivation", "Is verplicht bij deze beslissing."));
        }
        if (motivation != null && motivation.length() > Step.MAX_MOTIVATION) {
            invalid.add(new Problem.InvalidParam("motivation", "Mag hoogstens " + Step.MAX_MOTIVATION + " tekens zijn."));
        }
        if (!invalid.isEmpty()) {
            throw TaskProblems.invalid(invalid);
        }
    }

    /** The decision must still be about the situation the task was created for. */
    private void checkUnchanged(TaskInbox.TaskView view, Step step) {
        if (step.agendaStatus() != null) {
            AgendaItemView item = agenda.item(view.task().agendaItemId());
            if (item == null) {
                throw TaskProblems.conflict("item-changed", "Agendapunt gewijzigd",
                        "Het agendapunt bestaat niet meer in de agenda.");
            }
            if (!step.agendaStatus().equals(item.status())) {
                throw TaskProblems.conflict("item-changed", "Agendapunt gewijzigd",
                        "Het agendapunt heeft intussen status " + item.status() + "; deze taak beslist over status "
                                + step.agendaStatus() + ".");
            }
        }
        if (step == Step.COUNCIL_DECISIONS) {
            boolean pending = budget.claims(cycleYear(view)).stream()
                    .anyMatch(claim -> "PENDING".equals(claim.path("status").asText()));
            if (pending) {
                throw TaskProblems.conflict("claims-pending", "Nog claims zonder raadsbesluit",
                        "Leg eerst voor elke claim van deze cyclus het raadsbesluit vast.");
            }
        }
    }

    private int cycleYear(TaskInbox.TaskView view) {
        Object year = inbox.processVariable(view.task().processInstanceId(), "year");
        if (year instanceof Number number) {
            return number.intValue();
        }
        if (year instanceof String text && text.matches("\\d{4}")) {
            return Integer.parseInt(text);
        }
        throw new IllegalStateException("Process " + view.task().processInstanceId() + " has no cycle year");
    }
}
