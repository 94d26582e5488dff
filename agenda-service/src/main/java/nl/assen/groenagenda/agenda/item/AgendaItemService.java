package nl.assen.groenagenda.agenda.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.agenda.lifecycle.Status;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Creating items and editing drafts. Each change and its history entry are one transaction; an edit
 * locks the item, so two edits of the same version cannot both win.
 */
@Service
public class AgendaItemService {

    private final AgendaItemRepository items;
    private final TransactionalOperator transaction;
    private final ObjectMapper mapper;

    AgendaItemService(AgendaItemRepository items, TransactionalOperator transaction, ObjectMapper mapper) {
        this.items = items;
        this.transaction = transaction;
        this.mapper = mapper;
    }

    public Mono<AgendaItem> create(String actor, String exampleKey, ItemContent content, String reason) {
        UUID id = UUID.randomUUID();
        Mono<AgendaItem> work = items.insert(id, exampleKey, content, actor)
                .then(items.addHistory(id, actor, "CREATED", null, Status.DRAFT,
                        reason == null ? "Concept aangemaakt" : reason, mapper.createObjectNode()))
                .then(Mono.defer(() -> items.find(id)));
        return transaction.transactional(work);
    }

    /**
     * Replaces a draft's content. {@code expectedVersion} is the version the editor saw (If-Match);
     * {@code allowed} is asked with the locked item whether this caller may edit it.
     */
    public Mono<AgendaItem> edit(Caller caller, UUID id, int expectedVersion, ItemContent content, String reason) {
        Mono<AgendaItem> work = items.lock(id)
                .filter(found -> caller.mayRead(found.content().department()))
                .switchIfEmpty(Mono.error(AgendaItemService::notFound))
                .flatMap(found -> {
                    if (!caller.mayDraftFor(found.content().department()) || !caller.mayDraftFor(content.department())) {
                        return Mono.error(new ProblemException(Problem.of(HttpStatus.FORBIDDEN, "forbidden",
                                "Geen toegang", "Alleen medewerkers van de eigen afdeling bewerken een concept.")));
                    }
                    if (!found.status().editable()) {
                        return Mono.error(notEditable(found.status()));
                    }
                    if (found.version() != expectedVersion) {
                        return Mono.error(changedMeanwhile(found.version()));
                    }
                    JsonNode changes = changes(found.content(), content);
                    return items.updateContent(id, content)
                            .then(items.addHistory(id, caller.name(), "EDITED", found.status(), found.status(), reason, changes));
                })
                .then(Mono.defer(() -> items.find(id)));
        return transaction.transactional(work);
    }

    /** Per changed field its old and new value, as the history shows it. */
    JsonNode changes(ItemContent before, ItemContent after) {
        ObjectNode old = mapper.valueToTree(before);
        ObjectNode now = mapper.valueToTree(after);
        ObjectNode changes = mapper.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = now.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode previous = old.get(field.getKey());
            if (!field.getValue().equals(previous)) {
                ObjectNode change = changes.putObject(field.getKey());
                change.set("old", previous);
                change.set("new", field.getValue());
            }
        }
        return changes;
    }

    public static ProblemException notFound() {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Er is geen agendapunt met dit id dat u mag inzien."));
    }

    static ProblemException notEditable(Status status) {
        return new ProblemException(Problem.of(HttpStatus.CONFLICT, "not-editable", "Niet meer te bewerken",
                        "Dit agendapunt is " + status.label().toLowerCase(java.util.Locale.ROOT)
                                + " en kan niet meer als concept worden bewerkt.")
                .with("status", status.name()));
    }

    static ProblemException changedMeanwhile(int current) {
        return new ProblemException(Problem.of(HttpStatus.PRECONDITION_FAILED, "changed-meanwhile",
                        "Intussen gewijzigd", "Het agendapunt is gewijzigd sinds u het opende; laad het opnieuw.")
                .with("version", current));
    }
}
