package org.tocworkbench.cli.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The live preview over HTTP on the loopback interface only, with the JDK's own server:
 * {@code /} the page, {@code /fragment} the part of the page that changes, {@code /preview.js} the
 * page's script, and {@code /events} a Server-Sent Events stream that sends the new version number
 * after every check. Requests whose {@code Host} is not a loopback name are refused, so that a web
 * page on another site cannot reach the preview through DNS rebinding, and so are requests that
 * a page from another origin makes (their {@code Origin} header says so) — including a page served
 * by another local port, since a port is part of an origin. A comment line every 20
 * seconds keeps event streams open through idle periods and finds clients that have gone.
 */
public final class PreviewServer implements Closeable {
    private static final Pattern LOOPBACK_HOST = Pattern.compile("(?i)(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?");
    private static final Pattern LOOPBACK_ORIGIN = Pattern.compile("(?i)http://(localhost|127\\.0\\.0\\.1|\\[::1\\]):(\\d{1,5})");
    private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    private final Supplier<PreviewSnapshot> current;
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();

    private PreviewServer(HttpServer server, Supplier<PreviewSnapshot> current) {
        this.server = server;
        this.current = current;
        this.handlers = Executors.newCachedThreadPool(r -> daemon(r, "toc-watch-http"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "toc-watch-heartbeat"));
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
    }

    /**
     * Binds 127.0.0.1 on {@code port} (0 for a free one) and starts serving.
     *
     * @throws IOException when the port is taken or cannot be bound
     */
    public static PreviewServer start(int port, Supplier<PreviewSnapshot> current) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer preview = new PreviewServer(http, current);
        http.start();
        preview.heartbeat.scheduleAtFixedRate(() -> preview.send(": keep-alive\n\n"), 20, 20, TimeUnit.SECONDS);
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Tells every open page that a new version is ready. */
    public void publish(long version) {
        send("event: version\ndata: " + version + "\n\n");
    }

    private void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (OutputStream stream : streams) {
            synchronized (stream) {
                try {
                    stream.write(bytes);
                    stream.flush();
                } catch (IOException e) {
                    streams.remove(stream);
                    closeQuietly(stream);
                }
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !LOOPBACK_HOST.matcher(host.strip()).matches()) {
            reply(exchange, 403, "text/plain", "Forbidden: the preview answers only to 127.0.0.1 and localhost.\n");
            return;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !isOwnOrigin(origin.strip())) {
            reply(exchange, 403, "text/plain", "Forbidden: requests from other sites are refused.\n");
            return;
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            reply(exchange, 405, "text/plain", "Method not allowed.\n");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/", "/index.html" -> reply(exchange, 200, "text/html", PreviewPage.page(current.get()));
            case "/fragment" -> reply(exchange, 200, "text/html", PreviewPage.fragment(current.get()));
            case "/preview.js" -> reply(exchange, 200, "text/javascript", PreviewPage.script());
            case "/events" -> openStream(exchange, method.equals("HEAD"));
            default -> reply(exchange, 404, "text/plain", "Not found.\n");
        }
    }

    /** The preview's own origin: a loopback name with the preview's port; another local port is another site. */
    private boolean isOwnOrigin(String origin) {
        java.util.regex.Matcher m = LOOPBACK_ORIGIN.matcher(origin);
        return m.matches() && m.group(2).equals(Integer.toString(port()));
    }

    private void openStream(HttpExchange exchange, boolean headOnly) throws IOException {
        headers(exchange, "text/event-stream");
        if (headOnly) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        synchronized (stream) {
            // listed before the first message, so that a check finishing meanwhile is not missed
            streams.add(stream);
            String hello = "retry: 1000\nevent: version\ndata: " + current.get().version() + "\n\n";
            try {
                stream.write(hello.getBytes(StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException e) {
                streams.remove(stream);
                throw e;
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers(exchange, type);
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static void headers(HttpExchange exchange, String type) {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type + "; charset=utf-8");
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", SECURITY_POLICY);
        h.set("Referrer-Policy", "no-referrer");
    }

    /** Stops serving: closes the event streams and releases the port. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (OutputStream stream : streams) {
            closeQuietly(stream);
        }
        streams.clear();
        server.stop(0);
        handlers.shutdownNow();
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException | UncheckedIOException e) {
            // the client has gone already
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
