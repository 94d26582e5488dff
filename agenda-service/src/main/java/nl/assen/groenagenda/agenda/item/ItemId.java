package nl.assen.groenagenda.agenda.item;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** An item id from a path: a UUID in its canonical form, or 404, since such a path names no item. */
public final class ItemId {

    private ItemId() {
    }

    public static Mono<UUID> parse(String id) {
        try {
            UUID parsed = UUID.fromString(id);
            if (parsed.toString().equalsIgnoreCase(id)) {
                return Mono.just(parsed);
            }
        } catch (IllegalArgumentException notAUuid) {
            // falls through to 404
        }
        return Mono.error(AgendaItemService.notFound());
    }
}
