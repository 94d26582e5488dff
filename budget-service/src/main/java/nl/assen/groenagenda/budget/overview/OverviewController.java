package nl.assen.groenagenda.budget.overview;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.NotAcceptableStatusException;
import reactor.core.publisher.Mono;

/**
 * The overview for the budget UI and the council, as JSON, CSV or XLSX after the Accept header. It is
 * negotiated here rather than by three mappings, so that {@code *}{@code /*} and a missing Accept
 * header get JSON.
 */
@RestController
class OverviewController {

    /** The plan's fiscal years: the default range. */
    static final int FIRST_YEAR = 2024;
    static final int LAST_YEAR = 2044;
    static final MediaType CSV = new MediaType("text", "csv");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON, CSV, XLSX);

    private final OverviewService overviews;
    private final ObjectMapper mapper;

    OverviewController(OverviewService overviews, ObjectMapper mapper) {
        this.overviews = overviews;
        this.mapper = mapper;
    }

    @Operation(summary = "Per begrotingsregel en jaar: begroting, gereserveerd, gerealiseerd, beschikbaar en openstaande claims",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = Overview.class)),
                    @Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}))
    @GetMapping("/api/budget/v1/overview")
    Mono<ResponseEntity<?>> overview(@RequestParam(required = false) String fromYear,
                                     @RequestParam(required = false) String toYear,
                                     @RequestParam(required = false) String unit,
                                     @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        Integer from = year(fromYear, FIRST_YEAR, "fromYear", invalid);
        Integer to = year(toYear, LAST_YEAR, "toYear", invalid);
        if (from != null && to != null && from > to) {
            invalid.add(new Problem.InvalidParam("toYear", "Mag niet voor fromYear liggen."));
        }
        Unit wanted = unit == null || unit.isBlank() ? Unit.EUR : Unit.ofParameter(unit.trim());
        if (wanted == null) {
            invalid.add(new Problem.InvalidParam("unit", "Moet euros of thousands zijn."));
        }
        if (!invalid.isEmpty()) {
            return Mono.error(new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input",
                    "Ongeldige invoer", "Een of meer queryparameters zijn niet geldig.").withInvalidParams(invalid)));
        }
        MediaType format = negotiate(accept);
        return overviews.overview(from, to).map(found -> found.in(wanted)).map(overview -> {
            if (format.equals(CSV)) {
                return download(overview, new MediaType(CSV, java.nio.charset.StandardCharsets.UTF_8), "csv",
                        OverviewCsv.write(overview));
            }
            if (format.equals(XLSX)) {
                return download(overview, XLSX, "xlsx", OverviewXlsx.write(overview));
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(OverviewJson.write(overview, mapper));
        });
    }

    private static ResponseEntity<?> download(Overview overview, MediaType type, String extension, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(OverviewTable.fileName(overview, extension)).build().toString())
                .body(body);
    }

    private static Integer year(String raw, int fallback, String name, List<Problem.InvalidParam> invalid) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 2000 && value <= 2100) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        invalid.add(new Problem.InvalidParam(name, "Moet een jaar van 2000 tot en met 2100 zijn."));
        return null;
    }

    /** The offered type the caller prefers most; JSON without an Accept header; 406 if none is acceptable. */
    private static MediaType negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> acceptable;
        try {
            acceptable = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (IllegalArgumentException malformed) {
            throw new NotAcceptableStatusException(OFFERED);
        }
        org.springframework.util.MimeTypeUtils.sortBySpecificity(acceptable);
        for (MediaType wanted : acceptable) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            for (MediaType offered : OFFERED) {
                if (wanted.isCompatibleWith(offered)) {
                    return offered;
                }
            }
        }
        throw new NotAcceptableStatusException(OFFERED);
    }
}
