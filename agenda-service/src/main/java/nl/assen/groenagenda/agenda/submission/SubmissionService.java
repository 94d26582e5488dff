package nl.assen.groenagenda.agenda.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.assen.groenagenda.agenda.item.AgendaItemRepository;
import nl.assen.groenagenda.agenda.item.AgendaItemService;
import nl.assen.groenagenda.agenda.item.Caller;
import nl.assen.groenagenda.agenda.lifecycle.Status;
import nl.assen.groenagenda.platform.web.JsonInput;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Submitting an item: its status change, its history entry and the submission in the outbox are one
 * transaction, so either all three happen or none. Delivery to the workflow service happens after the
 * commit, by the dispatcher, however long the workflow service is away.
 */
@Service
class SubmissionService {

    private final AgendaItemRepository items;
    private final SubmissionOutbox outbox;
    private final TransactionalOperator transaction;
    private final SubmissionDispatcher dispatcher;
    private final ObjectMapper mapper;

    SubmissionService(AgendaItemRepository items, SubmissionOutbox outbox, TransactionalOperator transaction,
                      SubmissionDispatcher dispatcher, ObjectMapper mapper) {
        this.items = items;
        this.outbox = outbox;
        this.transaction = transaction;
        this.dispatcher = dispatcher;
        this.mapper = mapper;
    }

    Mono<Submission> submit(Caller caller, UUID id, String reason) {
        Mono<Submission> work = items.lock(id)
                .filter(item -> caller.mayRead(item.content().department()))
                .switchIfEmpty(Mono.error(AgendaItemService::notFound))
                .flatMap(item -> {
                    if (!caller.mayDraftFor(item.content().department())) {
                        return Mono.error(new ProblemException(Problem.of(HttpStatus.FORBIDDEN, "forbidden", "Geen toegang",
                                "Alleen medewerkers van de eigen afdeling dienen een agendapunt in.")));
                    }
                    if (!item.status().submittable()) {
                        return Mono.error(new ProblemException(Problem.of(HttpStatus.CONFLICT, "illegal-transition",
                                        "Overgang niet toegestaan", "Dit agendapunt is "
                                                + item.status().label().toLowerCase(Locale.ROOT) + " en kan niet (opnieuw) worden ingediend.")
                                .with("status", item.status().name()).with("requestedStatus", Status.SUBMITTED.name())));
                    }
                    if (!item.content().costs().isEmpty() && item.content().budgetLineCode() == null) {
                        return Mono.error(JsonInput.invalidInput(List.of(new Problem.InvalidParam("budgetLineCode",
                                "Een agendapunt met kosten noemt de begrotingsregel die ze moet dekken."))));
                    }
                    String action = item.status() == Status.DRAFT ? "SUBMITTED" : "RESUBMITTED";
                    return items.changeStatus(id, Status.SUBMITTED, null, null, null)
                            .then(items.addHistory(id, caller.name(), action, item.status(), Status.SUBMITTED,
                                    reason == null ? "Ingediend ter goedkeuring" : reason, mapper.createObjectNode()))
                            .then(outbox.add(id, caller.name()));
                });
        return transaction.transactional(work).doOnSuccess(submitted -> dispatcher.nudge());
    }

    Mono<List<Submission>> ofItem(Caller caller, UUID id) {
        return items.find(id)
                .filter(item -> caller.mayRead(item.content().department()))
                .switchIfEmpty(Mono.error(AgendaItemService::notFound))
                .flatMap(item -> outbox.ofItem(id));
    }
}
