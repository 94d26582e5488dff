package nl.assen.groenagenda.workflow.web;

import java.util.List;
import nl.assen.groenagenda.platform.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The problems this service answers with. Types, titles and details are those of the platform's
 * reactive error handling, so that a client sees the same problem whichever service it called.
 */
public final class Problems {

    private Problems() {
    }

    public static Problem byStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> Problem.of(status, "bad-request", "Ongeldig verzoek", null);
            case 401 -> unauthenticated(false);
            case 403 -> forbidden();
            case 404 -> notFound();
            case 405 -> Problem.of(status, "method-not-allowed", "Methode niet toegestaan", null);
            case 406 -> notAcceptable();
            case 409 -> Problem.of(status, "conflict", "Conflict", null);
            case 415 -> unsupportedMediaType();
            case 500 -> internalError();
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield Problem.of(status, "http-" + status.value(), known == null ? "Fout" : known.getReasonPhrase(), null);
            }
        };
    }

    public static Problem notFound() {
        return Problem.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden", "Deze bron bestaat niet.");
    }

    public static Problem unauthenticated(boolean tokenRefused) {
        return Problem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Niet geauthenticeerd",
                tokenRefused ? "Het toegangstoken is niet geldig of verlopen." : "Een geldig toegangstoken is nodig.");
    }

    public static Problem forbidden() {
        return Problem.of(HttpStatus.FORBIDDEN, "forbidden", "Geen toegang", "Uw rol geeft geen toegang tot deze bron.");
    }

    public static Problem methodNotAllowed(List<String> supported) {
        return Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Methode niet toegestaan",
                "Deze bron ondersteunt " + supported + ".");
    }

    public static Problem unsupportedMediaType() {
        return Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Mediatype niet ondersteund",
                "Het formaat van de request body wordt hier niet ondersteund.");
    }

    public static Problem notAcceptable() {
        return Problem.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Formaat niet beschikbaar",
                "De bron is niet beschikbaar in het gevraagde formaat.");
    }

    public static Problem invalidInput(String detail, List<Problem.InvalidParam> params) {
        return Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer", detail).withInvalidParams(params);
    }

    public static Problem internalError() {
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Interne fout",
                "Er ging iets mis bij het verwerken van dit verzoek. Noem het correlatie-id bij een melding.");
    }
}
