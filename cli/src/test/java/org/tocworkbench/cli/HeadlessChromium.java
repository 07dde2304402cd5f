package org.tocworkbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium for browser tests, driven over the DevTools protocol (a WebSocket and JSON):
 * open a page, evaluate script in it, collect console errors and uncaught exceptions, take a
 * screenshot. The browser runs with a fresh profile in a temporary folder; {@link #close} always
 * kills it and deletes the folder. When {@code /usr/bin/chromium} is missing, {@link #start} fails
 * and says what to install, unless {@code -Dtoc.noBrowser=true} asks to leave browser tests out.
 */
final class HeadlessChromium implements AutoCloseable {
    /** Where the browser is; {@code -Dtoc.chromium=PATH} points elsewhere (also how the missing-browser message is tested). */
    static Path binary() {
        return Path.of(System.getProperty("toc.chromium", "/usr/bin/chromium"));
    }
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final StringBuilder log = new StringBuilder();
    private WebSocket socket;

    private HeadlessChromium(Process process, Path profile) {
        this.process = process;
        this.profile = profile;
    }

    /**
     * True when browser tests can run; false when they are left out on purpose with
     * {@code -Dtoc.noBrowser=true}. Otherwise a missing browser is a failure that says what to install.
     */
    static boolean wanted() {
        if (Boolean.getBoolean("toc.noBrowser")) {
            return false;
        }
        if (!Files.isExecutable(binary())) {
            throw new AssertionError("browser tests need Chromium at " + binary() + ": apt-get install -y chromium"
                    + " (or run with -Dtoc.noBrowser=true to leave them out)");
        }
        return true;
    }

    static HeadlessChromium start() throws IOException, InterruptedException {
        wanted();
        Path profile = Files.createTempDirectory("toc-chromium-");
        Process process;
        try {
            process = new ProcessBuilder(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            deleteTree(profile);
            throw e;
        }
        HeadlessChromium chromium = new HeadlessChromium(process, profile);
        try {
            chromium.connect(chromium.devToolsUrl());
        } catch (InterruptedException | RuntimeException | Error e) {
            chromium.close();
            throw e;
        }
        return chromium;
    }

    private String devToolsUrl() throws InterruptedException {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    Matcher m = DEVTOOLS.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the browser has gone; the wait below reports it
            }
            url.completeExceptionally(new IllegalStateException("chromium ended without a DevTools URL"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("chromium did not start: " + e.getMessage() + "\n" + log());
        }
    }

    private void connect(String url) throws InterruptedException {
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(url), new Receiver()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("cannot reach chromium's DevTools at " + url + ": " + e);
        }
    }

    String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    /** Sends a DevTools command (to a page when {@code session} is not null) and waits for its result. */
    JsonNode send(String session, String method, Map<String, ?> params) throws InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            socket.sendText(message.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new AssertionError(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(method + " got no answer: " + e);
        } finally {
            pending.remove(id);
        }
    }

    /** A new tab, attached, with page, runtime and log events on and a viewport of the given size. */
    Page newPage(int width, int height) throws InterruptedException {
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        Page page = new Page(session);
        listeners.add(page::onEvent);
        send(session, "Page.enable", Map.of());
        send(session, "Runtime.enable", Map.of());
        send(session, "Log.enable", Map.of());
        send(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return page;
    }

    /** One tab of the browser. */
    final class Page {
        private final String session;
        private final List<String> errors = new CopyOnWriteArrayList<>();
        private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

        private Page(String session) {
            this.session = session;
        }

        private void onEvent(JsonNode event) {
            if (!session.equals(event.path("sessionId").asText())) {
                return;
            }
            JsonNode p = event.path("params");
            switch (event.path("method").asText()) {
                case "Page.loadEventFired" -> loaded.complete(null);
                case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails").path("text").asText()
                        + " " + p.path("exceptionDetails").path("exception").path("description").asText());
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        errors.add("console." + type + ": " + p.path("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    if (p.path("entry").path("level").asText().equals("error")) {
                        errors.add("log: " + p.path("entry").path("text").asText() + " "
                                + p.path("entry").path("url").asText());
                    }
                }
                default -> {
                }
            }
        }

        /** Opens the address and waits for its load event. */
        void navigate(String url) throws InterruptedException {
            loaded = new CompletableFuture<>();
            JsonNode result = send(session, "Page.navigate", Map.of("url", url));
            if (result.hasNonNull("errorText")) {
                throw new AssertionError("cannot open " + url + ": " + result.get("errorText").asText());
            }
            try {
                loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError(url + " did not finish loading: " + e);
            }
        }

        /** The value of a script expression (promises awaited); a thrown exception fails the test. */
        JsonNode evaluate(String expression) throws InterruptedException {
            JsonNode result = send(session, "Runtime.evaluate",
                    Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new AssertionError("`" + expression + "` threw: " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** Waits (bounded) until the expression is true; fails with the expression otherwise. */
        void waitUntil(String expression, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!evaluate(expression).asBoolean(false)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("still false after " + timeout.toSeconds() + " s: " + expression);
                }
                Thread.sleep(100);
            }
        }

        /** The page as a PNG, the whole document when {@code fullPage}. */
        byte[] screenshot(boolean fullPage) throws InterruptedException {
            JsonNode result = send(session, "Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", fullPage));
            return Base64.getDecoder().decode(result.path("data").asText());
        }

        /** The page printed as the browser prints it (A4, its own print style sheet, no header or footer). */
        byte[] printToPdf() throws InterruptedException {
            JsonNode result = send(session, "Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                    "printBackground", true, "preferCSSPageSize", true, "displayHeaderFooter", false));
            return Base64.getDecoder().decode(result.path("data").asText());
        }

        /** Console errors, uncaught exceptions and error log entries seen so far. */
        List<String> errors() {
            return new ArrayList<>(errors);
        }
    }

    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = json.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else {
                        listeners.forEach(l -> l.accept(message));
                    }
                } catch (IOException e) {
                    synchronized (log) {
                        log.append("unreadable DevTools message: ").append(e.getMessage()).append('\n');
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Kills the browser and deletes its profile folder, whatever state it is in. */
    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path root) {
        for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // files still being written by a dying browser: try again
            }
            if (Files.exists(root)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
