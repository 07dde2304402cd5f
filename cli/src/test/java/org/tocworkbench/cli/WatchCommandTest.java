package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {
    static final Duration RECHECK = Duration.ofSeconds(60);
    static final String IMPACT_TITLE = "Populations in the region are better protected from epidemics and pandemics by"
            + " sustainably financed, IHR-compliant preparedness";

    @TempDir
    Path dir;

    /** A copy of a sample folder in the temporary folder, so that tests can edit it. */
    static Path copySample(String name, Path into) throws IOException {
        Path from = Path.of("samples", name);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, into.resolve(f.getFileName().toString()));
            }
        }
        return into;
    }

    /** Saves the way many editors do: a new file renamed over the old one. */
    static void saveByRename(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void editsAreRecheckedAndAnErrorKeepsTheLastDiagramMarkedStaleUntilItIsFixed() throws Exception {
        Path toc = copySample("pandemic-preparedness", dir).resolve("pandemic.toc");
        String original = Files.readString(toc);
        try (WatchRunner watch = WatchRunner.start("watch", toc.toString(), "--port", "0");
             WatchRunner.Events events = watch.events()) {
            String page = watch.get("/");
            assertTrue(page.contains("<script src=\"/preview.js\"></script>"), page);
            assertTrue(page.contains("class=\"status ok\""), page);
            assertTrue(page.contains("<svg"), "the page shows the diagram");
            assertTrue(page.contains("on track") || page.contains("off track"), "the progress overlay from the data block");
            long first = events.next(0, RECHECK);

            String renamed = original.replace(IMPACT_TITLE, "Quokkas thrive");
            saveByRename(toc, renamed);
            String fragment = settle(watch, events, first, "Quokkas thrive");
            long second = version(fragment);
            assertFalse(fragment.contains("stale-note"), fragment);
            assertTrue(fragment.contains("class=\"status ok\""), fragment);

            Files.writeString(toc, renamed + "outcome BROKEN \"Broken outcome\" horizon ->\n", StandardCharsets.UTF_8);
            fragment = settle(watch, events, second, "data-code=\"TOC001\"");
            long third = version(fragment);
            int line = (int) renamed.lines().count() + 1;
            assertTrue(fragment.contains("pandemic.toc:" + line + ":43"), "the diagnostic names the line: " + line);
            assertTrue(fragment.contains("class=\"status errors\""), fragment);
            assertTrue(fragment.contains("stale-note"), "the kept diagram is marked stale");
            assertTrue(fragment.contains("Quokkas thrive"), "the last good diagram is kept");

            saveByRename(toc, original);
            fragment = settle(watch, events, third, "class=\"status ok\"");
            assertFalse(fragment.contains("stale-note"), fragment);
            assertFalse(fragment.contains("data-code=\"TOC001\""), fragment);
            assertFalse(fragment.contains("Quokkas thrive"), fragment);

            assertEquals(0, watch.stop());
            assertTrue(watch.out().matches("(?s)\\d\\d:\\d\\d:\\d\\d checked pandemic\\.toc: 0 errors, \\d+ warnings?, "
                    + "\\d+ data issues? \\(\\d+ ms\\)\n.*"), watch.out());
            assertTrue(watch.out().contains("checked pandemic.toc: 1 error, "), watch.out());
        }
    }

    @Test
    void editingAnImportedFileOrAWorkbookTriggersARecheck() throws Exception {
        Path folder = copySample("knowledge-learning", dir);
        Path actors = folder.resolve("actors.toc");
        try (WatchRunner watch = WatchRunner.start("watch", folder.resolve("learning.toc").toString());
             WatchRunner.Events events = watch.events()) {
            assertTrue(watch.out().contains("and 2 other files"), "imports and workbooks are watched: " + watch.out());
            long first = events.next(0, RECHECK);
            Files.writeString(actors, Files.readString(actors) + "actor ZZZ \"New member\" role member\n",
                    StandardCharsets.UTF_8);
            long second = events.next(first, RECHECK);
            assertTrue(watch.out().split("checked learning\\.toc", -1).length - 1 >= 2, "a second check: " + watch.out());
            Path workbook = folder.resolve("learning-monitoring.xlsx");
            Files.write(workbook, Files.readAllBytes(workbook));
            events.next(second, RECHECK);
        }
    }

    @Test
    void aDeletedFileIsReportedAndPickedUpAgainWhenItReturns() throws Exception {
        Path toc = copySample("pandemic-preparedness", dir).resolve("pandemic.toc");
        String original = Files.readString(toc);
        try (WatchRunner watch = WatchRunner.start("watch", toc.toString());
             WatchRunner.Events events = watch.events()) {
            long first = events.next(0, RECHECK);
            Files.delete(toc);
            String fragment = settle(watch, events, first, "is missing");
            assertTrue(fragment.contains("stale-note") && fragment.contains("<svg"), fragment);
            Files.writeString(toc, original, StandardCharsets.UTF_8);
            fragment = settle(watch, events, version(fragment), "class=\"status ok\"");
            assertFalse(fragment.contains("is missing"), fragment);
        }
    }

    @Test
    void aHostHeaderThatIsNotLoopbackIsRefused() throws Exception {
        Path toc = copySample("pandemic-preparedness", dir).resolve("pandemic.toc");
        try (WatchRunner watch = WatchRunner.start("watch", toc.toString(), "--data", dir.resolve("results-to-date.xlsx").toString())) {
            assertTrue(rawGet(watch.port(), "evil.example").startsWith("HTTP/1.1 403"));
            assertTrue(rawGet(watch.port(), "evil.example:" + watch.port()).startsWith("HTTP/1.1 403"));
            assertTrue(rawGet(watch.port(), "127.0.0.1.evil.example").startsWith("HTTP/1.1 403"));
            assertTrue(rawGet(watch.port(), "localhost:" + watch.port()).startsWith("HTTP/1.1 200"));
            assertTrue(rawGet(watch.port(), "localhost:" + watch.port(), "http://evil.example").startsWith("HTTP/1.1 403"));
            assertTrue(rawGet(watch.port(), "localhost:" + watch.port(), "null").startsWith("HTTP/1.1 403"));
            int other = watch.port() == 1234 ? 1235 : 1234;
            for (String page : new String[] {"http://127.0.0.1:" + other, "http://localhost:" + other,
                    "http://[::1]:" + other, "http://localhost", "https://localhost:" + watch.port()}) {
                assertTrue(rawGet(watch.port(), "localhost:" + watch.port(), page).startsWith("HTTP/1.1 403"),
                        "a page of another local origin is refused: " + page);
            }
            assertTrue(rawGet(watch.port(), "localhost:" + watch.port(), "http://127.0.0.1:" + watch.port())
                    .startsWith("HTTP/1.1 200"));
            assertTrue(rawGet(watch.port(), "localhost:" + watch.port(), "http://localhost:" + watch.port())
                    .startsWith("HTTP/1.1 200"));
            assertTrue(rawGet(watch.port(), "127.0.0.1:" + watch.port()).startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void stoppingTheCommandReleasesThePortAndAPortInUseEndsWithExit3() throws Exception {
        Path toc = copySample("pandemic-preparedness", dir).resolve("pandemic.toc");
        int port;
        try (WatchRunner watch = WatchRunner.start("watch", toc.toString())) {
            port = watch.port();
            StringWriter err = new StringWriter();
            assertEquals(3, WatchRunner.runToEnd(err, "watch", toc.toString(), "--port", Integer.toString(port)));
            assertTrue(err.toString().contains("port " + port + " is already in use"), err.toString());
            assertEquals(0, watch.stop());
            assertTrue(watch.out().endsWith("stopped\n"), watch.out());
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void sigtermStopsTheProcessWithExit0AndNoStackTrace() throws Exception {
        Path toc = copySample("pandemic-preparedness", dir).resolve("pandemic.toc");
        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(javaBinary.toString(), "-cp", System.getProperty("java.class.path"),
                TocCommand.class.getName(), "watch", toc.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder output = new StringBuilder();
            CompletableFuture<Void> serving = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                        if (line.contains("preview at http://127.0.0.1:")) {
                            serving.complete(null);
                        }
                    }
                } catch (IOException e) {
                    serving.completeExceptionally(e);
                }
                serving.completeExceptionally(new AssertionError("the output ended before the URL"));
            });
            reader.setDaemon(true);
            reader.start();
            serving.get(WatchRunner.START.toSeconds(), TimeUnit.SECONDS);
            // SIGTERM through the handle: Process.destroy would also close our end of the output pipe
            assertTrue(process.toHandle().destroy());
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped within 30 s");
            reader.join(10_000);
            String all;
            synchronized (output) {
                all = output.toString();
            }
            assertEquals(0, process.exitValue(), all);
            assertTrue(all.endsWith("stopped\n"), all);
            assertFalse(all.contains("Exception"), all);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aMissingFileEndsWithExit3() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(3, WatchRunner.runToEnd(err, "watch", dir.resolve("nowhere.toc").toString()));
        assertTrue(err.toString().contains("cannot read `" + dir.resolve("nowhere.toc") + "`: no such file"), err.toString());
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(2, WatchRunner.runToEnd(err, "watch", "x.toc", "--as-of", "someday"));
        assertTrue(err.toString().contains("--as-of `someday` is not a date"), err.toString());
        err = new StringWriter();
        assertEquals(2, WatchRunner.runToEnd(err, "watch", "x.toc", "--port", "70000"));
    }

    /**
     * Waits (bounded) for the check that shows {@code marker}: an edit in place may be seen half
     * written first, so versions in between are read and passed over.
     */
    static String settle(WatchRunner watch, WatchRunner.Events events, long after, String marker) throws Exception {
        long deadline = System.nanoTime() + RECHECK.toNanos();
        long seen = after;
        String fragment = "";
        while (System.nanoTime() < deadline) {
            seen = events.next(seen, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            fragment = watch.get("/fragment");
            if (fragment.contains(marker)) {
                return fragment;
            }
        }
        throw new AssertionError("no check showed " + marker + "; the last:\n" + fragment);
    }

    static long version(String fragment) {
        Matcher m = Pattern.compile("data-version=\"(\\d+)\"").matcher(fragment);
        assertTrue(m.find(), fragment);
        return Long.parseLong(m.group(1));
    }

    private static String rawGet(int port, String host) throws IOException {
        return rawGet(port, host, null);
    }

    private static String rawGet(int port, String host, String origin) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /fragment HTTP/1.1\r\nHost: " + host + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
