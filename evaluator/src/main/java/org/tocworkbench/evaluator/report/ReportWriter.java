package org.tocworkbench.evaluator.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.tocworkbench.evaluator.progress.Evaluation;

/**
 * Writes a finished {@link Evaluation} in one format. Writers compute nothing: every figure is in
 * the evaluation. Chosen by the output file's extension ({@link ReportWriters}).
 */
public interface ReportWriter {
    /** The file extensions this writer is chosen for, lower case, without the dot; the first is the main one. */
    List<String> extensions();

    void write(Evaluation evaluation, OutputStream out) throws IOException;

    /** The report in memory. */
    default byte[] toBytes(Evaluation evaluation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(evaluation, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
