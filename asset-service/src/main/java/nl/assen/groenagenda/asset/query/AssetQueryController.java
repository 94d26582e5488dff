package nl.assen.groenagenda.asset.query;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.platform.paging.LinkHeader;
import nl.assen.groenagenda.platform.paging.PagedJson;
import nl.assen.groenagenda.platform.paging.PagedList;
import nl.assen.groenagenda.platform.web.GeoJsonMediaType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class AssetQueryController {


    private final AssetQueryRepository repository;

    AssetQueryController(AssetQueryRepository repository) {
        this.repository = repository;
    }

    /**
     * The register, filtered, sorted and paged. With {@code Accept: application/geo+json} the same page is a
     * GeoJSON FeatureCollection in WGS84 for maps, with the paging members and Link header as well.
     */
    @GetMapping("/api/assets/v1/assets")
    Mono<ResponseEntity<Object>> list(ServerHttpRequest request, ServerHttpResponse response) {
        boolean geo = GeoJsonMediaType.preferred(request);
        return repository.codes()
                .map(codes -> AssetQueryParser.list(request.getQueryParams(), codes.types(), codes.subtypes()))
                .flatMap(query -> geo ? featureCollection(request, query) : jsonList(request, response, query));
    }

    /** The body around the items PostgreSQL wrote (see PagedJson). */
    private Mono<ResponseEntity<Object>> jsonList(ServerHttpRequest request, ServerHttpResponse response, AssetQuery query) {
        return repository.jsonPage(query).map(page -> {
            PagedList<Void> paging = PagedList.of(List.of(), query.paging(), page.total());
            return ResponseEntity.ok()
                    .header(LinkHeader.NAME, LinkHeader.of(request.getURI(), paging))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body((Object) PagedJson.body(response.bufferFactory(), page.items(), paging));
        });
    }

    private Mono<ResponseEntity<Object>> featureCollection(ServerHttpRequest request, AssetQuery query) {
        return repository.featurePage(query).map(page -> {
            List<AssetQueryRepository.Row> rows = page.rows();
            PagedList<AssetListItem> list = PagedList.of(
                    rows.stream().map(AssetQueryRepository.Row::item).toList(), query.paging(), page.total());
            return ResponseEntity.ok()
                    .header(LinkHeader.NAME, LinkHeader.of(request.getURI(), list))
                    .contentType(GeoJsonMediaType.GEO_JSON)
                    .body(featureCollection(rows, list));
        });
    }

    /**
     * Work with work: what inside an area falls due for replacement by {@code toYear + withinYears} (and
     * what is already overdue), so it can be renewed while the street is open anyway.
     */
    @GetMapping("/api/assets/v1/work-with-work")
    Mono<ResponseEntity<WorkWithWork>> workWithWork(ServerHttpRequest request) {
        return Mono.fromCallable(() -> AssetQueryParser.workWithWork(request.getQueryParams()))
                .flatMap(query -> Mono.zip(repository.workWithWorkTotals(query),
                                repository.workWithWorkPage(query).collectList())
                        .map(result -> {
                            AssetQueryRepository.Totals totals = result.getT1();
                            PagedList<AssetListItem> list = PagedList.of(result.getT2(), query.paging(), totals.count());
                            WorkWithWork body = new WorkWithWork(
                                    new WorkWithWork.Area(query.district(), query.bbox() == null ? null : List.of(
                                            query.bbox().minLon(), query.bbox().minLat(), query.bbox().maxLon(),
                                            query.bbox().maxLat())),
                                    query.fromYear(), query.toYear(), query.withinYears(), query.dueUpTo(),
                                    new WorkWithWork.Totals(totals.count(), totals.replacementValue(),
                                            totals.overdueCount(), totals.overdueValue()),
                                    list.items().stream().map(item -> new WorkWithWork.Item(item,
                                            timing(item.dueYear(), query))).toList(),
                                    list.page(), list.pageSize(), list.totalItems(), list.totalPages());
                            return ResponseEntity.ok()
                                    .header(LinkHeader.NAME, LinkHeader.of(request.getURI(), list))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .body(body);
                        }));
    }

    private static String timing(int dueYear, WorkWithWorkQuery query) {
        if (dueYear < query.fromYear()) {
            return "OVERDUE";
        }
        return dueYear <= query.toYear() ? "DURING_WORK" : "WITHIN_YEARS_AFTER";
    }

    private static Map<String, Object> featureCollection(List<AssetQueryRepository.Row> rows,
                                                         PagedList<AssetListItem> list) {
        List<Map<String, Object>> features = rows.stream().map(row -> {
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", row.item().id());
            feature.put("geometry", row.geometry());
            feature.put("properties", row.item());
            return feature;
        }).toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        // Foreign members (RFC 7946 section 6.1): the same paging as the JSON list.
        collection.put("page", list.page());
        collection.put("pageSize", list.pageSize());
        collection.put("totalItems", list.totalItems());
        collection.put("totalPages", list.totalPages());
        return collection;
    }

    /** The answer to a work-with-work question. */
    record WorkWithWork(Area area, int fromYear, int toYear, int withinYears, int dueUpTo, Totals totals,
                        List<Item> items, int page, int pageSize, long totalItems, int totalPages) {

        /** Either the district or the WGS84 box [minLon, minLat, maxLon, maxLat]. */
        record Area(String district, List<Double> bbox) {
        }

        record Totals(long count, BigDecimal replacementValue, long overdueCount, BigDecimal overdueValue) {
        }

        /** An asset and when it falls due relative to the work: OVERDUE, DURING_WORK, WITHIN_YEARS_AFTER. */
        record Item(@com.fasterxml.jackson.annotation.JsonUnwrapped AssetListItem asset, String timing) {
        }
    }
}
