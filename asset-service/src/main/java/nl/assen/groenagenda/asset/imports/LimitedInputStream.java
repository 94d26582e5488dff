package nl.assen.groenagenda.asset.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.assen.groenagenda.platform.web.Problem;
import nl.assen.groenagenda.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Refuses a body once it passes the size limit, whatever its Content-Length said. */
final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private long read;

    LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        read += n;
        if (read > max) {
            throw tooLarge(max);
        }
    }

    static ProblemException tooLarge(long max) {
        return new ProblemException(Problem.of(HttpStatus.PAYLOAD_TOO_LARGE, "import-too-large", "Bestand te groot",
                "Een importbestand is hoogstens " + max + " bytes; er is niets opgeslagen.").with("maxBytes", max));
    }
}
