package nl.assen.groenagenda.asset.imports;

import java.io.InputStream;
import java.util.List;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import nl.assen.groenagenda.platform.web.GeoJsonMediaType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /imports}: a CSV ({@code text/csv}) or GeoJSON ({@code application/geo+json}) file of
 * assets, all or nothing. The body is not collected: it is read as a stream of DataBuffers through an
 * InputStream with bounded demand, parsed and staged as it arrives, on a blocking-friendly thread.
 */
@RestController
class ImportController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final AssetImporter importer;
    private final long maxBytes;

    ImportController(AssetImporter importer,
                     @Value("${groenagenda.assets.import.max-bytes}") long maxBytes) {
        this.importer = importer;
        this.maxBytes = maxBytes;
    }

    @PostMapping("/api/assets/v1/imports")
    Mono<ResponseEntity<ImportReport>> importFile(ServerHttpRequest request,
                                                  @RequestParam(required = false) String crs,
                                                  @RequestParam(required = false) String reason,
                                                  @AuthenticationPrincipal Jwt jwt) {
        AssetImporter.Format format = format(request.getHeaders().getContentType());
        Crs fileCrs = null;
        if (crs != null && !crs.isBlank()) {
            fileCrs = Crs.parse(crs);
            if (fileCrs == null) {
                throw new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-import", "Import geweigerd",
                                "Onbekend coördinatenstelsel; er is niets opgeslagen.")
                        .withInvalidParams(List.of(new Problem.InvalidParam("crs",
                                "Onbekend coördinatenstelsel '" + crs + "': EPSG:28992 of EPSG:4326."))));
            }
        }
        if (request.getHeaders().getContentLength() > maxBytes) {
            throw LimitedInputStream.tooLarge(maxBytes);
        }
        String who = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        String fileName = fileName(request);
        Crs chosenCrs = fileCrs;
        return Mono.fromCallable(() -> {
                    try (InputStream body = new LimitedInputStream(
                            DataBufferUtils.subscriberInputStream(request.getBody(), 8), maxBytes)) {
                        return importer.run(body, format, chosenCrs, who, reason, fileName);
                    }
                })
                .subscribeOn(Schedulers.boundedElastic())
                .map(report -> ResponseEntity.status(HttpStatus.CREATED).body(report));
    }

    private static AssetImporter.Format format(MediaType type) {
        if (type != null && type.isCompatibleWith(CSV)) {
            return AssetImporter.Format.CSV;
        }
        if (type != null && (type.isCompatibleWith(GeoJsonMediaType.GEO_JSON) || type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            return AssetImporter.Format.GEOJSON;
        }
        throw new ProblemException(Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Formaat niet ondersteund", "Een import is text/csv of application/geo+json."));
    }

    private static String fileName(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst("Content-Disposition");
        if (header == null) {
            return null;
        }
        try {
            return ContentDisposition.parse(header).getFilename();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
