package nl.assen.groenagenda.budget.overview;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The overview as JSON, written field by field: exactly what the application's ObjectMapper makes of
 * the {@link Overview} record (OverviewFiguresTest holds them to that), at a fraction of the CPU. The
 * overview has thousands of figures, and serialising records by reflection was a large part of the
 * cost of every request.
 */
final class OverviewJson {

    /** About what a line and a year's figures take, so that the buffer is seldom copied to grow. */
    private static final int BYTES_PER_LINE = 200;
    private static final int BYTES_PER_FIGURES = 130;

    private OverviewJson() {
    }

    static byte[] write(Overview overview, ObjectMapper mapper) {
        int span = overview.toYear() - overview.fromYear() + 1;
        var bytes = new ByteArrayOutputStream(BYTES_PER_LINE
                + (overview.lines().size() + 1) * (BYTES_PER_LINE + (span + 1) * BYTES_PER_FIGURES));
        try (JsonGenerator json = mapper.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("fromYear", overview.fromYear());
            json.writeNumberField("toYear", overview.toYear());
            json.writeStringField("unit", overview.unit().name());
            json.writeArrayFieldStart("lines");
            for (Overview.Line line : overview.lines()) {
                json.writeStartObject();
                json.writeStringField("code", line.code());
                json.writeStringField("name", line.name());
                json.writeStringField("taakveld", line.taakveld());
                json.writeStringField("taakveldName", line.taakveldName());
                json.writeStringField("kind", line.kind());
                json.writeFieldName("years");
                figures(json, line.years());
                json.writeFieldName("total");
                figures(json, line.total());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("totals");
            figures(json, overview.totals());
            json.writeFieldName("total");
            figures(json, overview.total());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void figures(JsonGenerator json, List<Overview.Figures> list) throws IOException {
        json.writeStartArray();
        for (Overview.Figures figures : list) {
            figures(json, figures);
        }
        json.writeEndArray();
    }

    private static void figures(JsonGenerator json, Overview.Figures figures) throws IOException {
        json.writeStartObject();
        json.writeFieldName("year");
        if (figures.year() == null) {
            json.writeNull();
        } else {
            json.writeNumber(figures.year());
        }
        json.writeNumberField("budget", figures.budget());
        json.writeNumberField("reserved", figures.reserved());
        json.writeNumberField("realised", figures.realised());
        json.writeNumberField("available", figures.available());
        json.writeNumberField("pendingClaims", figures.pendingClaims());
        json.writeEndObject();
    }
}
