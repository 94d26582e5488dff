package nl.assen.groenagenda.agenda.report.format;

import java.io.IOException;
import java.io.OutputStream;
import nl.assen.groenagenda.agenda.report.AgendaReport;

/**
 * Writes the council's overview in one file format. Implementations are stateless and thread-safe, and
 * never close {@code out}: the caller owns it (an HTTP response, a file, a buffer).
 */
public interface ReportWriter {

    /** The IANA media type, for the Content-Type header. */
    String mediaType();

    /** The file name extension without the dot, for the Content-Disposition header. */
    String fileExtension();

    void write(AgendaReport report, OutputStream out) throws IOException;
}
