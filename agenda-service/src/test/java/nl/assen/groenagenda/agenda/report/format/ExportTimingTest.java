package nl.assen.groenagenda.agenda.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import nl.assen.groenagenda.agenda.report.AgendaReport;
import org.junit.jupiter.api.Test;

/**
 * Writes the largest export the service promises (2,000 items over 21 years) in every format and prints
 * how long it took. Times are printed, not asserted: a busy build machine must not fail the build.
 */
class ExportTimingTest {

    @Test
    void printsTheTimeToWriteTwoThousandItemsOverTwentyOneYearsInEveryFormat() throws IOException {
        AgendaReport report = ReportFixtures.large(2000, 21);
        List<ReportWriter> writers = List.of(new CsvReportWriter(), new XlsxReportWriter(), new OdsReportWriter(),
                new PdfReportWriter());
        for (ReportWriter writer : writers) {
            writer.write(ReportFixtures.small(), new ByteArrayOutputStream());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            writer.write(report, out);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Export 2000 regels x 21 jaar, %s: %d ms, %d kB%n", writer.fileExtension(), millis,
                    out.size() / 1024);
            assertThat(out.size()).isPositive();
        }
    }
}
