package nl.assen.groenagenda.agenda.item;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** Ids as the agenda's API takes them: a UUID in its canonical form, nothing else. */
public final class ItemId {

    private ItemId() {
    }

    /** The UUID, or null when the text is not one in canonical form. */
    public static UUID orNull(String text) {
        try {
            UUID parsed = UUID.fromString(text);
            return parsed.toString().equalsIgnoreCase(text) ? parsed : null;
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    /** An item id from a path, or 404: such a path names no item. */
    public static Mono<UUID> parse(String id) {
        UUID parsed = orNull(id);
        return parsed == null ? Mono.error(AgendaItemService.notFound()) : Mono.just(parsed);
    }
}
