package nl.assen.groenagenda.platform.paging;

import java.util.ArrayList;
import java.util.List;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A page as the NL API Design Rules ask for it: 1-based, at most {@value #MAX_PAGE_SIZE} items.
 * Both parameters are checked together, so a caller learns every mistake at once.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;

    public static PageRequest of(String page, String pageSize) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        int p = parse(page, 1, "page", 1, Integer.MAX_VALUE, invalid);
        int size = parse(pageSize, DEFAULT_PAGE_SIZE, "pageSize", 1, MAX_PAGE_SIZE, invalid);
        if (!invalid.isEmpty()) {
            throw new ProblemException(Problem.of(HttpStatus.BAD_REQUEST, "invalid-input", "Ongeldige invoer",
                    "Een of meer queryparameters zijn niet geldig.").withInvalidParams(invalid));
        }
        return new PageRequest(p, size);
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    private static int parse(String raw, int fallback, String name, int min, int max, List<Problem.InvalidParam> invalid) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, together with the other parameters
        }
        invalid.add(new Problem.InvalidParam(name, max == Integer.MAX_VALUE
                ? "Moet een geheel getal van minstens " + min + " zijn."
                : "Moet een geheel getal van " + min + " tot en met " + max + " zijn."));
        return fallback;
    }
}
