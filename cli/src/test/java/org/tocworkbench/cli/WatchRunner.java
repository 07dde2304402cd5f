package org.tocworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Runs {@code toc watch} in-process on its own thread, waits (bounded) for the preview URL it
 * prints, and stops it the way a test can: by interrupting the command's thread, which closes
 * the server and watcher and makes the command return.
 */
final class WatchRunner implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("preview at (http://127\\.0\\.0\\.1:(\\d+)/)");
    static final Duration START = Duration.ofSeconds(60);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger exitCode = new AtomicInteger(Integer.MIN_VALUE);
    private final Thread thread;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String url;
    private int port;

    private WatchRunner(String... args) {
        CommandLine cli = TocCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        thread = new Thread(() -> exitCode.set(cli.execute(args)), "toc-watch-under-test");
        thread.setDaemon(true);
    }

    /** Starts {@code toc watch ARGS} and waits for its URL; fails with the output when it does not come. */
    static WatchRunner start(String... args) throws InterruptedException {
        WatchRunner runner = new WatchRunner(args);
        runner.thread.start();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = URL.matcher(runner.out.toString());
            if (m.find()) {
                runner.url = m.group(1);
                runner.port = Integer.parseInt(m.group(2));
                return runner;
            }
            if (!runner.thread.isAlive()) {
                throw new AssertionError("toc watch ended with exit " + runner.exitCode.get() + " before serving:\n"
                        + runner.out + runner.err);
            }
            runner.thread.join(50);
        }
        runner.close();
        throw new AssertionError("toc watch printed no URL within " + START.toSeconds() + " s:\n" + runner.out + runner.err);
    }

    /** Runs {@code toc watch ARGS} that is expected to end by itself (an error); returns its exit code. */
    static int runToEnd(StringWriter errors, String... args) throws InterruptedException {
        WatchRunner runner = new WatchRunner(args);
        runner.thread.start();
        runner.thread.join(START.toMillis());
        if (runner.thread.isAlive()) {
            runner.close();
            throw new AssertionError("toc watch should have ended:\n" + runner.out + runner.err);
        }
        errors.write(runner.err.toString());
        return runner.exitCode.get();
    }

    String url() {
        return url;
    }

    int port() {
        return port;
    }

    String out() {
        return out.toString();
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path.replaceFirst("^/", "")))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Opens the event stream; the versions it announces arrive in the returned queue. */
    Events events() throws IOException, InterruptedException {
        BlockingQueue<Long> versions = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(URI.create(url + "events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new AssertionError("events answered " + response.statusCode() + " " + response.headers());
        }
        CompletableFuture.runAsync(() -> response.body().forEach(line -> {
            if (line.startsWith("data: ")) {
                versions.add(Long.parseLong(line.substring(6).strip()));
            }
        }));
        return new Events(versions, response);
    }

    /** The versions an event stream has announced. */
    record Events(BlockingQueue<Long> versions, HttpResponse<Stream<String>> response) implements AutoCloseable {
        /** Waits (bounded) for a version above {@code after}; returns it. */
        long next(long after, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                Long v = left <= 0 ? null : versions.poll(left, TimeUnit.NANOSECONDS);
                if (v == null) {
                    throw new AssertionError("no version after " + after + " within " + timeout.toSeconds() + " s");
                }
                if (v > after) {
                    return v;
                }
            }
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    /** Stops the command (as Ctrl-C would end it) and returns its exit code. */
    int stop() throws InterruptedException {
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(30));
        if (thread.isAlive()) {
            throw new AssertionError("toc watch did not stop within 30 s");
        }
        return exitCode.get();
    }

    /** Stops the command if it still runs; an interrupted test still stops it, then keeps its interrupt. */
    @Override
    public void close() {
        if (!thread.isAlive()) {
            return;
        }
        try {
            stop();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
        }
    }
}
