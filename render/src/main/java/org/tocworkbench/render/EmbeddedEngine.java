package org.tocworkbench.render;

import guru.nidi.graphviz.engine.EngineResult;
import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import guru.nidi.graphviz.engine.Options;
import guru.nidi.graphviz.engine.Rasterizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Graphviz compiled to JavaScript (viz.js 2.1.3, Graphviz 2.44) running in V8 through
 * graphviz-java and J2V8, all inside the jar: works where Graphviz is not installed, at the
 * cost of a few seconds' start-up. SVG comes from viz.js; PNG and PDF are drawn from that SVG
 * in Java ({@link SvgPictures}).
 *
 * <p>Set up for quiet, bounded use: a JavaScript heap of 64 MB, or 256 MB for large graphs (the
 * 16 MB default fails near 3,000 nodes); J2V8's native library loaded by {@link J2v8Library}
 * (no file left in the home directory, no JVM warning); a fresh Graphviz instance for every
 * drawing (about a second each), because viz.js keeps state from one layout to the next and
 * the same DOT would otherwise come out differently depending on what was drawn before. Text widths come from
 * Graphviz's built-in Helvetica metrics, not from the fonts of the machine, so the layout is the
 * same everywhere. Works on the platforms J2V8 is built for: Linux and macOS on x86-64, Windows.
 */
public final class EmbeddedEngine implements LayoutEngine {
    /** JavaScript heap: 64 MB is enough for a few hundred nodes and quicker to set up; large graphs get 256 MB. */
    static final int SMALL_MEMORY = 64 << 20;
    static final int LARGE_MEMORY = 256 << 20;
    static final int LARGE_SOURCE = 256 * 1024;

    private final double pngDpi;
    private final Duration timeout;
    /** The one thread that owns V8 (a V8 runtime is used from the thread that made it). */
    private ExecutorService thread;
    private Layout layout;

    public EmbeddedEngine(double pngDpi, Duration timeout) {
        this.pngDpi = pngDpi;
        this.timeout = timeout;
    }

    /** Whether this build carries J2V8 for the running platform (the jar holds the build machine's library only). */
    public static boolean availableOnThisPlatform() {
        return EmbeddedEngine.class.getClassLoader().getResource(nativeLibraryName()) != null;
    }

    private static String nativeLibraryName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        if (os.startsWith("windows")) {
            return x64 ? "libj2v8_win32_x86_64.dll" : "libj2v8_win32_x86.dll";
        }
        if (os.contains("mac")) {
            return "libj2v8_macosx_x86_64.dylib";
        }
        return x64 ? "libj2v8_linux_x86_64.so" : "libj2v8_linux_" + arch + ".so";
    }

    @Override
    public String name() {
        return "embedded (Graphviz 2.44 in V8)";
    }

    @Override
    public byte[] render(String dot, DiagramFormat format) throws RenderException {
        if (!format.needsLayout()) {
            throw new IllegalArgumentException("DOT needs no layout");
        }
        String svg = layOut(dot, format != DiagramFormat.SVG);
        return switch (format) {
            case SVG -> svg.getBytes(StandardCharsets.UTF_8);
            case PNG -> SvgPictures.png(svg, pngDpi);
            case PDF -> SvgPictures.pdf(svg);
            case DOT -> throw new IllegalArgumentException("DOT needs no layout");
        };
    }

    /** Lays out and draws as SVG, with Helvetica's metrics (as browsers will show it). */
    public String svg(String dot) throws RenderException {
        return layOut(dot, false);
    }

    /** With {@code javaFonts}, text is measured with the font Java draws PNG and PDF with. */
    private String layOut(String dot, boolean javaFonts) throws RenderException {
        String fontSetup = javaFonts ? "initViz().setFontWidth('" + Palette.FONT + "'," + JavaFonts.widthsJs() + ");" : "";
        return onEngineThread(() -> {
            Layout engine = start();
            engine.fontSetup = fontSetup;
            try {
                EngineResult result = engine.execute(dot, Options.create().format(Format.SVG), Rasterizer.NONE);
                return result.asString();
            } catch (IOException | RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                throw new RenderException("the embedded engine could not draw the diagram: " + message, e);
            }
        });
    }

    /**
     * Runs a V8 task on the engine's thread and waits at most the timeout. V8 cannot be stopped
     * from outside: on a timeout the thread (a daemon) is abandoned with its engine, and the next
     * drawing starts a new one.
     */
    private synchronized <T> T onEngineThread(Callable<T> task) throws RenderException {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(runnable -> {
                Thread t = new Thread(runnable, "toc-embedded-graphviz");
                t.setDaemon(true);
                return t;
            });
        }
        Future<T> result = thread.submit(task);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            thread.shutdownNow();
            thread = null;
            layout = null;
            throw new RenderException("the embedded engine took longer than " + timeout.toSeconds() + " s and was "
                    + "stopped; install Graphviz (e.g. `apt-get install -y graphviz`), which is much faster on large "
                    + "theories, or draw a view (--pathway, --focus), or give a longer --timeout");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RenderException) {
                throw (RenderException) e.getCause();
            }
            throw new RenderException("the embedded engine failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while the embedded engine was drawing");
        }
    }

    private Layout start() throws RenderException {
        if (layout != null) {
            return layout;
        }
        if (!availableOnThisPlatform()) {
            throw new RenderException("the embedded engine is not available on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "; install Graphviz (e.g. `apt-get install -y graphviz`) "
                    + "and use --engine native");
        }
        J2v8Library.preload(nativeLibraryName());
        Path folder = null;
        try {
            folder = Files.createTempDirectory("toc-j2v8-");
            Layout engine = new Layout(folder.toString());
            boolean[] failed = {false};
            engine.init(ok -> { }, error -> failed[0] = true);
            if (failed[0]) {
                throw new RenderException("the embedded engine did not start (V8 could not be initialised); "
                        + "install Graphviz and use --engine native");
            }
            layout = engine;
            return engine;
        } catch (IOException e) {
            throw new RenderException("the embedded engine needs a temporary folder: " + e.getMessage());
        } catch (LinkageError e) {
            throw new RenderException("the embedded engine cannot load its V8 library here (" + e.getMessage()
                    + "); install Graphviz and use --engine native");
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Once V8 has loaded its native library the unpacked copy is not needed (Linux and macOS). */
    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    p.toFile().deleteOnExit();
                }
            });
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }

    /**
     * graphviz-java's V8 engine, with the DOT handed to viz.js as it is: no scanning of the
     * source for fonts and images (which would run user text as JavaScript or refuse titles
     * containing "&lt;img"), and a new Graphviz instance for each drawing.
     */
    private static final class Layout extends GraphvizV8Engine {
        String fontSetup = "";

        Layout(String extractionPath) {
            super(extractionPath);
        }

        @Override
        protected String jsVizExec(String src, Options options) {
            int memory = src.length() < LARGE_SOURCE ? SMALL_MEMORY : LARGE_MEMORY;
            return engine().executeJavascript("totalMemory=" + memory + ";initViz(true);" + fontSetup + "render(", src,
                    ",{format:'svg',engine:'dot',images:[]});");
        }
    }
}
