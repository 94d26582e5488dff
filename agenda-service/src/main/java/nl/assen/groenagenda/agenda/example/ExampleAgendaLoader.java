package nl.assen.groenagenda.agenda.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.r2dbc.spi.Readable;
import java.io.IOException;
import java.io.InputStream;
import nl.assen.groenagenda.agenda.item.AgendaItemService;
import nl.assen.groenagenda.agenda.item.AgendaSettings;
import nl.assen.groenagenda.agenda.item.ItemContent;
import nl.assen.groenagenda.agenda.item.ItemContentReader;
import nl.assen.groenagenda.agenda.item.ReferenceData;
import nl.assen.groenagenda.platform.web.JsonInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the agenda as proposed (examples/agenda-items.json) when {@code groenagenda.agenda.examples} is
 * on: each item once, by its key, as a draft by "voorbeelddata", and marked as an example wherever it is
 * shown. Items go through the same validation as the API's, so an example that the API would refuse
 * stops the start-up instead of sitting in the agenda half right. A key already present is left alone:
 * what users did with an example since is theirs.
 */
@Component
class ExampleAgendaLoader {

    static final String RESOURCE = "examples/agenda-items.json";
    static final String ACTOR = "voorbeelddata";
    private static final Logger log = LoggerFactory.getLogger(ExampleAgendaLoader.class);

    private final AgendaSettings settings;
    private final ReferenceData reference;
    private final AgendaItemService service;
    private final DatabaseClient db;
    private final ObjectMapper mapper;

    ExampleAgendaLoader(AgendaSettings settings, ReferenceData reference, AgendaItemService service, DatabaseClient db,
                        ObjectMapper mapper) {
        this.settings = settings;
        this.reference = reference;
        this.service = service;
        this.db = db;
        this.mapper = mapper;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnStart() {
        if (settings.examples()) {
            Long loaded = load().block();
            log.info("Agenda as proposed: {} example items loaded", loaded);
        }
    }

    /** Loads the examples not present yet; completes with how many it added. */
    Mono<Long> load() {
        JsonNode file = read();
        String source = file.path("description").asText();
        return reference.get().flatMapMany(values -> Flux.fromIterable(file.path("items")).map(node -> {
                    JsonInput input = JsonInput.parse(mapper, node.toString());
                    String key = input.text("key", true, 60, false);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("key");
                    JsonInput content = JsonInput.parse(mapper, node.toString());
                    ItemContent item = new ItemContentReader(settings, values).read(content);
                    if (key == null || item == null) {
                        throw new IllegalStateException("Example " + key + " in " + RESOURCE + " is not valid: "
                                + content.problems() + input.problems());
                    }
                    return new Example(key, item);
                }))
                .concatMap(example -> exists(example.key()).flatMap(present -> present ? Mono.just(0L)
                        : service.create(ACTOR, example.key(), example.content(), "Voorbeeld uit de uitvoeringsagenda zoals voorgesteld: " + source)
                                .thenReturn(1L)))
                .reduce(0L, Long::sum);
    }

    private record Example(String key, ItemContent content) {
    }

    private Mono<Boolean> exists(String key) {
        return db.sql("SELECT 1 FROM agenda_item WHERE example_key = :key").bind("key", key)
                .map((Readable row) -> true).one().defaultIfEmpty(false);
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return mapper.readTree(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read " + RESOURCE, unreadable);
        }
    }

}
