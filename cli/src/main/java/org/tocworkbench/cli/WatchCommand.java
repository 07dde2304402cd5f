package org.tocworkbench.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tocworkbench.cli.watch.PreviewChecker;
import org.tocworkbench.cli.watch.WatchSession;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.render.ProgressOverlayDiagram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toc watch FILE}: a live preview in the browser that re-checks and re-draws on every save
 * of the theory, its imports and its workbooks. Runs until Ctrl-C or SIGTERM; the JVM would
 * report a signal as exit 130 or 143, but stopping the preview is the normal end of this command,
 * so the shutdown hook, once the server and watcher are closed, ends the process with 0.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Live preview: check and draw the theory on every save, with the progress overlay when there are data.",
                "Serves a page on http://127.0.0.1:PORT (loopback only) that updates by itself; one line per check here.",
                "Watches the file, the files it imports and the workbooks it reads. Ctrl-C stops it."},
        footerHeading = "%nExamples:%n",
        footer = {"  toc watch samples/pandemic-preparedness/pandemic.toc --open",
                "  toc watch my.toc --data monitoring.xlsx --as-of 2026-Q2 --port 8123",
                "", "Exit codes: 0 stopped, 2 usage error, 3 the file could not be read or the port could not be used."})
public final class WatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .toc file.")
    Path file;

    @Mixin
    MonitoringOptions monitoring;

    @Mixin
    DiagnosticOptions diagnostics;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port on 127.0.0.1 (default: a free one, printed at start).")
    int port;

    @Option(names = "--open", description = "Open the preview in the default browser.")
    boolean open;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        LocalDate reportingDate = monitoring.asOfDate(commandLine);
        StatusBands bands = monitoring.bands(commandLine);
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(commandLine, "--port is a number from 0 to 65535 (0: a free port)");
        }
        // bad mapping options are usage errors now, not a failure at every check later
        monitoring.map(ImportRequest.of(file), commandLine);
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        if (!Files.isRegularFile(file)) {
            err.println("toc: cannot read `" + file + "`: " + (Files.exists(file) ? "not a regular file" : "no such file"));
            err.flush();
            return TocCommand.IO_ERROR;
        }
        PreviewChecker checker = new PreviewChecker(file, monitoring.workbooks(), reportingDate, bands,
                diagnostics.toCompileOptions(commandLine), request -> monitoring.map(request, commandLine),
                new ProgressOverlayDiagram());
        WatchSession session;
        try {
            session = WatchSession.start(checker, port, snapshot -> {
                out.println(snapshot.summary());
                out.flush();
            });
        } catch (BindException e) {
            err.println("toc: port " + port + " is already in use on 127.0.0.1; choose another with --port N,"
                    + " or --port 0 for a free one");
            err.flush();
            return TocCommand.IO_ERROR;
        } catch (IOException e) {
            err.println("toc: cannot start the preview on port " + port + ": " + e.getMessage());
            err.flush();
            return TocCommand.IO_ERROR;
        }
        return serve(session, out, err);
    }

    private int serve(WatchSession session, PrintWriter out, PrintWriter err) {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean returned = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            session.close();
            if (!returned.get()) {
                out.println("stopped");
                out.flush();
                Runtime.getRuntime().halt(TocCommand.OK);
            }
        }, "toc-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean interrupted = false;
        try {
            int others = session.otherFiles();
            out.println("watching " + file + (others == 0 ? "" : " and " + others + (others == 1 ? " other file" : " other files"))
                    + "; preview at " + session.url() + " (Ctrl-C to stop)");
            out.flush();
            if (open) {
                openBrowser(session.url(), err);
            }
            stopped.await();
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            returned.set(true);
            session.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook has closed the session
            }
        }
        out.println("stopped");
        out.flush();
        if (interrupted) {
            // restored only now: closing waits for the server's thread, so that the port is free on return
            Thread.currentThread().interrupt();
        }
        return TocCommand.OK;
    }

    private static void openBrowser(String url, PrintWriter err) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            err.println("toc: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
            err.flush();
            return;
        }
        err.println("toc: could not open a browser here (no desktop); open " + url + " yourself");
        err.flush();
    }
}
