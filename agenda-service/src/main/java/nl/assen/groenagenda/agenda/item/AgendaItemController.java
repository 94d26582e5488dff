package nl.assen.groenagenda.agenda.item;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.assen.groenagenda.agenda.budgetline.BudgetLineDirectory;
import nl.assen.groenagenda.platform.paging.LinkHeader;
import nl.assen.groenagenda.platform.paging.PagedJson;
import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.web.JsonInput;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import nl.assen.groenagenda.platform.web.GeoJsonMediaType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The agenda's items: the list (JSON or GeoJSON for maps), one item with its history, creating an item
 * and editing a draft. Staff and managers see their own department's items, finance staff and the
 * functional administrator all of them. A JSON list carries full items unless {@code view=summary} asks
 * for the fields of an overview table ({@link ListView}).
 */
@RestController
class AgendaItemController {

    static final String BASE = "/api/agenda/v1/agenda-items";
    /** A map shows every matching item at once; beyond this it asks the user to filter. */
    static final int MAX_FEATURES = 5_000;

    private final AgendaItemRepository items;
    private final AgendaListPages listPages;
    private final AgendaItemService service;
    private final ReferenceData reference;
    private final AgendaSettings settings;
    private final BudgetLineDirectory budgetLines;
    private final ObjectMapper mapper;

    AgendaItemController(AgendaItemRepository items, AgendaListPages listPages, AgendaItemService service,
                         ReferenceData reference, AgendaSettings settings, BudgetLineDirectory budgetLines,
                         ObjectMapper mapper) {
        this.items = items;
        this.listPages = listPages;
        this.service = service;
        this.reference = reference;
        this.settings = settings;
        this.budgetLines = budgetLines;
        this.mapper = mapper;
    }

    @GetMapping(BASE)
    Mono<ResponseEntity<Object>> list(ServerHttpRequest request, ServerHttpResponse response, Principal principal) {
        Caller caller = Caller.of(principal);
        boolean geo = GeoJsonMediaType.preferred(request);
        return reference.get().flatMap(values -> {
            ItemQuery query = ItemQuery.parse(request.getQueryParams(), values.themeVisions().keySet(),
                    values.districts(), settings.departments(), caller.readableDepartments(), !geo);
            if (geo) {
                return items.all(query, MAX_FEATURES).map(all -> ResponseEntity.ok().contentType(GeoJsonMediaType.GEO_JSON)
                        .body((Object) featureCollection(all)));
            }
            return listPages.page(query).map(page -> {
                PagedList<Void> paging = PagedList.of(List.of(), query.paging(), page.total());
                return ResponseEntity.ok().header(LinkHeader.NAME, LinkHeader.of(request.getURI(), paging))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body((Object) PagedJson.body(response.bufferFactory(), page.items(), paging));
            });
        });
    }

    @GetMapping(BASE + "/{id}")
    Mono<ResponseEntity<AgendaItem>> one(@PathVariable String id, Principal principal) {
        Caller caller = Caller.of(principal);
        return ItemId.parse(id).flatMap(items::find)
                .filter(item -> caller.mayRead(item.content().department()))
                .switchIfEmpty(Mono.error(AgendaItemService::notFound))
                .flatMap(item -> items.history(item.id()).map(item::withHistory))
                .map(item -> ResponseEntity.ok().eTag(item.etag()).body(item));
    }

    @PostMapping(BASE)
    Mono<ResponseEntity<AgendaItem>> create(@RequestBody(required = false) String body, Principal principal) {
        Caller caller = Caller.of(principal);
        JsonInput input = JsonInput.parse(mapper, body);
        return read(input, principal).flatMap(content -> {
            if (!caller.mayDraftFor(content.department())) {
                return Mono.error(forbidden("U kunt alleen agendapunten voor uw eigen afdeling opstellen."));
            }
            String reason = input.text("reason", false, 2000, false);
            return service.create(caller.name(), null, content, reason);
        }).map(item -> ResponseEntity.created(URI.create(BASE + "/" + item.id())).eTag(item.etag()).body(item));
    }

    /** Replaces a draft. If-Match (the ETag of GET) is required, so that nobody overwrites an edit unseen. */
    @PutMapping(BASE + "/{id}")
    Mono<ResponseEntity<AgendaItem>> edit(@PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody(required = false) String body, Principal principal) {
        Caller caller = Caller.of(principal);
        return ItemId.parse(id).flatMap(itemId -> {
            if (ifMatch == null || ifMatch.isBlank()) {
                return Mono.error(new ProblemException(Problem.of(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                        "If-Match ontbreekt", "Stuur de ETag van het agendapunt mee in If-Match.")));
            }
            Integer version = version(ifMatch);
            JsonInput input = JsonInput.parse(mapper, body);
            String reason = input.text("reason", true, 2000, false);
            return read(input, principal).flatMap(content -> version == null
                    ? Mono.error(AgendaItemService.changedMeanwhile(-1))
                    : service.edit(caller, itemId, version, content, reason));
        }).map(item -> ResponseEntity.ok().eTag(item.etag()).body(item));
    }

    /** The content, once it and its budget line (in budget-service) have been checked; else 400 with every problem. */
    private Mono<ItemContent> read(JsonInput input, Principal principal) {
        return reference.get().flatMap(values -> {
            ItemContent content = new ItemContentReader(settings, values).read(input);
            String line = input.isValid() ? content.budgetLineCode() : textOrNull(input);
            Mono<Boolean> lineExists = line == null || !(principal instanceof JwtAuthenticationToken token)
                    ? Mono.just(true) : budgetLines.exists(line, token.getToken().getTokenValue());
            return lineExists.flatMap(exists -> {
                List<Problem.InvalidParam> problems = new ArrayList<>(input.problems());
                if (!exists) {
                    problems.add(new Problem.InvalidParam("budgetLineCode", "Er is geen begrotingsregel met deze code."));
                }
                return problems.isEmpty() ? Mono.just(content) : Mono.error(JsonInput.invalidInput(problems));
            });
        });
    }

    /** The budget line as sent, if it is a sensible code, so its existence is reported with the other problems. */
    private static String textOrNull(JsonInput input) {
        var raw = input.raw("budgetLineCode");
        return raw != null && raw.isTextual() && !raw.textValue().isBlank() && raw.textValue().length() <= 40
                ? raw.textValue().trim() : null;
    }

    private static Integer version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            return null;
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(HttpStatus.FORBIDDEN, "forbidden", "Geen toegang", detail));
    }

    /** Items with a location, as GeoJSON features whose properties say what a map popup needs. */
    private static Map<String, Object> featureCollection(List<AgendaItem> all) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (AgendaItem item : all) {
            if (item.content().location() == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("title", item.content().title());
            properties.put("status", item.status());
            properties.put("theme", item.content().theme());
            properties.put("measureType", item.content().measureType());
            properties.put("districts", item.content().districts());
            properties.put("department", item.content().department());
            properties.put("trafficLight", item.trafficLight());
            properties.put("example", item.example());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", item.id());
            feature.put("geometry", item.content().location());
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        collection.put("truncated", all.size() >= MAX_FEATURES);
        return collection;
    }
}
