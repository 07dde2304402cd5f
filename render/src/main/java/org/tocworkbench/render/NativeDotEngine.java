package org.tocworkbench.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Graphviz's own {@code dot} program, run directly (no shell): DOT on standard input, the
 * picture on standard output. Warnings {@code dot} prints are dropped when it succeeds and
 * quoted when it fails. PNG comes from {@code dot -Tpng} (cairo) at the given resolution.
 *
 * <p>Output is byte-identical run after run for a given Graphviz version and set of fonts;
 * cairo stamps PDFs with the time they were made, which is replaced by a fixed date
 * ({@code SOURCE_DATE_EPOCH} when set, else 1 January 2000) so PDFs are reproducible too.
 */
public final class NativeDotEngine implements LayoutEngine {
    private static final Pattern PDF_DATE = Pattern.compile("/CreationDate \\(D:(\\d{14})([^)]*)\\)");

    private final Path executable;
    private final Duration timeout;
    private final int pngDpi;

    public NativeDotEngine(Path executable, Duration timeout, int pngDpi) {
        this.executable = executable;
        this.timeout = timeout;
        this.pngDpi = pngDpi;
    }

    /** The {@code dot} program on the PATH, if there is one. */
    public static Optional<Path> findOnPath() {
        String path = System.getenv("PATH");
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(folder, windows ? "dot.exe" : "dot");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (java.nio.file.InvalidPathException e) {
                // a malformed PATH entry: skip it
            }
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "native (" + executable + ")";
    }

    @Override
    public byte[] render(String dot, DiagramFormat format) throws RenderException {
        if (!format.needsLayout()) {
            throw new IllegalArgumentException("DOT needs no layout");
        }
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-T" + format.word()));
        if (format == DiagramFormat.PNG) {
            command.add("-Gdpi=" + pngDpi);
        }
        byte[] output = run(command, dot.getBytes(StandardCharsets.UTF_8));
        return format == DiagramFormat.PDF ? fixPdfDate(output) : output;
    }

    private byte[] run(List<String> command, byte[] input) throws RenderException {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new RenderException("cannot run `" + executable + "`: " + e.getMessage());
        }
        // three threads of our own, so that dot never blocks on a full pipe
        byte[][] result = new byte[2][];
        Thread feed = daemon("dot-input", () -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // dot stopped reading (it failed); its exit status and messages tell why
            }
        });
        Thread errors = daemon("dot-errors", () -> result[1] = readAll(process.getErrorStream()));
        Thread output = daemon("dot-output", () -> result[0] = readAll(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new RenderException("`dot` took longer than " + timeout.toSeconds()
                        + " s and was stopped; try a smaller view (--pathway, --focus) or a longer --timeout");
            }
            feed.join();
            errors.join();
            output.join();
            if (process.exitValue() != 0) {
                String message = new String(result[1], StandardCharsets.UTF_8).strip();
                throw new RenderException("`dot` failed (exit " + process.exitValue() + ")"
                        + (message.isEmpty() ? "" : ": " + firstLines(message, 5)));
            }
            return result[0];
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while `dot` was running");
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            stream.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String firstLines(String text, int count) {
        String[] lines = text.split("\\R");
        if (lines.length <= count) {
            return text;
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, count)) + "\n(" + (lines.length - count) + " more lines)";
    }

    /** Replaces cairo's creation time with a fixed one of the same length, so offsets stay valid. */
    static byte[] fixPdfDate(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = PDF_DATE.matcher(text);
        if (!m.find()) {
            return pdf;
        }
        String fixed = fixedTimestamp();
        byte[] copy = pdf.clone();
        byte[] replacement = fixed.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(replacement, 0, copy, m.start(1), replacement.length);
        return copy;
    }

    private static String fixedTimestamp() {
        Instant when = Instant.parse("2000-01-01T00:00:00Z");
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            when = Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        String text = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(when);
        return text.length() == 14 ? text : "20000101000000";
    }
}
