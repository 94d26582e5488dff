package nl.assen.groenagenda.agenda.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.assen.groenagenda.agenda.item.AgendaSettings;
import nl.assen.groenagenda.agenda.item.Caller;
import nl.assen.groenagenda.agenda.item.ItemQuery;
import nl.assen.groenagenda.agenda.item.ReferenceData;
import nl.assen.groenagenda.agenda.report.format.CsvReportWriter;
import nl.assen.groenagenda.agenda.report.format.OdsReportWriter;
import nl.assen.groenagenda.agenda.report.format.PdfReportWriter;
import nl.assen.groenagenda.agenda.report.format.ReportWriter;
import nl.assen.groenagenda.agenda.report.format.XlsxReportWriter;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The council export of the agenda: JSON (the API, and what the totals of every file must equal), ODS,
 * XLSX, CSV and PDF/A. Filters as on the list (cycle, theme, status, district, department and the
 * others) plus {@code fromYear}/{@code toYear} for the year columns.
 */
@RestController
class ReportController {

    private static final Map<String, ReportWriter> WRITERS = Map.of(
            "csv", new CsvReportWriter(), "xlsx", new XlsxReportWriter(),
            "ods", new OdsReportWriter(), "pdf", new PdfReportWriter());
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final AgendaReportService reports;
    private final ReferenceData reference;
    private final AgendaSettings settings;

    ReportController(AgendaReportService reports, ReferenceData reference, AgendaSettings settings) {
        this.reports = reports;
        this.reference = reference;
        this.settings = settings;
    }

    @GetMapping("/api/agenda/v1/reports/agenda")
    Mono<ResponseEntity<Object>> agenda(ServerHttpRequest request, Principal principal) {
        Caller caller = Caller.of(principal);
        MultiValueMap<String, String> params = request.getQueryParams();
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        String format = params.getFirst("format") == null ? "json" : params.getFirst("format").strip();
        if (!format.equals("json") && !WRITERS.containsKey(format)) {
            invalid.add(new Problem.InvalidParam("format", "Moet json, ods, xlsx, csv of pdf zijn."));
        }
        Integer from = year(params, "fromYear", invalid);
        Integer to = year(params, "toYear", invalid);
        if (from != null && to != null && to < from) {
            invalid.add(new Problem.InvalidParam("toYear", "Mag niet voor fromYear liggen."));
        }
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
        List.of("format", "fromYear", "toYear", "page", "pageSize").forEach(filters::remove);
        return reference.get().flatMap(values -> {
            ItemQuery query;
            try {
                query = ItemQuery.parse(filters, values.themeVisions().keySet(), values.districts(),
                        settings.departments(), caller.readableDepartments(), false);
            } catch (ProblemException badFilters) {
                invalid.addAll(badFilters.problem().invalidParams());
                query = null;
            }
            if (!invalid.isEmpty()) {
                return Mono.error(new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input",
                        "Ongeldige invoer", "Een of meer queryparameters zijn niet geldig.").withInvalidParams(invalid)));
            }
            return reports.build(caller, query, new AgendaReportService.YearRange(from, to))
                    .flatMap(report -> format.equals("json")
                            ? Mono.just(ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body((Object) report))
                            : file(report, WRITERS.get(format)));
        });
    }

    /** Written off the event loop: the file libraries write to blocking streams. */
    private static Mono<ResponseEntity<Object>> file(AgendaReport report, ReportWriter writer) {
        return Mono.fromCallable(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            try {
                writer.write(report, out);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            String name = "uitvoeringsagenda-" + FILE_TIME.format(report.generatedAt()) + "." + writer.fileExtension();
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(writer.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .body((Object) out.toByteArray());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private Integer year(MultiValueMap<String, String> params, String name, List<Problem.InvalidParam> invalid) {
        String raw = params.getFirst(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(raw.strip());
            if (year >= settings.firstYear() && year <= settings.lastYear()) {
                return year;
            }
        } catch (NumberFormatException notAYear) {
            // reported below
        }
        invalid.add(new Problem.InvalidParam(name, "Moet een jaar van " + settings.firstYear() + " tot en met "
                + settings.lastYear() + " zijn."));
        return null;
    }
}
