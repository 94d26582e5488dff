package nl.assen.groenagenda.asset.imports;

import java.util.ArrayList;
import java.util.List;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Every problem found in one file, kept up to a cap; the count goes on beyond it. */
final class ImportErrors {

    private final int cap;
    private final List<Problem.InvalidParam> kept = new ArrayList<>();
    private long count;

    ImportErrors(int cap) {
        this.cap = cap;
    }

    void row(long row, String field, String reason) {
        add("rows[" + row + "]" + (field == null ? "" : "." + field), reason);
    }

    void add(String name, String reason) {
        count++;
        if (kept.size() < cap) {
            kept.add(new Problem.InvalidParam(name, reason));
        }
    }

    boolean any() {
        return count > 0;
    }

    long count() {
        return count;
    }

    ProblemException problem(long rows) {
        Problem problem = Problem.of(HttpStatus.BAD_REQUEST, "invalid-import", "Import geweigerd",
                        "Het bestand bevat " + count + " fout(en); er is niets opgeslagen."
                                + (count > kept.size() ? " De eerste " + kept.size() + " staan in invalidParams." : ""))
                .withInvalidParams(kept)
                .with("errorCount", count)
                .with("omittedErrors", count - kept.size())
                .with("rows", rows);
        return new ProblemException(problem);
    }
}
