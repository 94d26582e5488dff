package nl.assen.groenagenda.asset.edit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency for edits. An asset's version is PostgreSQL's {@code xmin} of its row: it
 * changes with every update of the row, whoever makes it (an edit, a norm revaluation, an import), so
 * no writer can forget to bump it. It is served as a strong ETag ({@code "123456"}) and expected back in
 * {@code If-Match}, or, for clients that cannot set headers, as {@code "version"} in the body.
 */
final class Versions {

    private Versions() {
    }

    static String etag(String version) {
        return "\"" + version + "\"";
    }

    /**
     * What the client says it edits: the If-Match header, or else the body's version; {@code "*"} means
     * any version. No version at all is 428: an edit without one could silently overwrite another's.
     */
    static String expected(String ifMatch, JsonNode body) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            return ifMatch.strip();
        }
        JsonNode version = body == null ? null : body.get("version");
        if (version != null && (version.isTextual() || version.isIntegralNumber())) {
            return etag(version.asText());
        }
        throw new ProblemException(Problem.of(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                "Versie ontbreekt",
                "Geef de versie die u wijzigt mee in If-Match (de ETag van GET /assets/{id}) of als \"version\" in de body."));
    }

    /** Whether an If-Match value matches the current version: strong comparison, a list or "*". */
    static boolean matches(String expected, String current) {
        for (String tag : expected.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag(current))) {
                return true;
            }
        }
        return false;
    }

    static ProblemException stale(String current) {
        return new ProblemException(Problem.of(HttpStatus.PRECONDITION_FAILED, "version-mismatch",
                        "Het object is intussen gewijzigd",
                        "Iemand anders heeft dit object gewijzigd nadat u het opvroeg. Haal het opnieuw op en breng uw wijziging opnieuw aan.")
                .with("currentVersion", current));
    }
}
