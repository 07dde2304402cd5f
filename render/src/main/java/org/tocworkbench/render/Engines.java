package org.tocworkbench.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Picks the layout engine for {@code --engine}: {@code auto} takes the native {@code dot} when
 * it is on the PATH and the embedded engine otherwise; {@code native} and {@code embedded} take
 * that engine or explain how to get it.
 */
public final class Engines {
    /** How engines are set up: how long a layout may take, and the resolution of PNG pictures. */
    public record Settings(Duration timeout, int pngDpi) {
        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(5), 144);
    }

    private Engines() {
    }

    public static LayoutEngine choose(EngineChoice choice, Settings settings) throws EngineMissingException {
        return choose(choice, settings, NativeDotEngine.findOnPath(), EmbeddedEngine.availableOnThisPlatform());
    }

    /** The choice given what this machine has; {@code dot} and {@code embedded} say what was found. */
    static LayoutEngine choose(EngineChoice choice, Settings settings, Optional<Path> dot, boolean embedded)
            throws EngineMissingException {
        switch (choice) {
            case NATIVE:
                if (dot.isEmpty()) {
                    throw new EngineMissingException("--engine native needs Graphviz's `dot` on the PATH, and there is "
                            + "none; install Graphviz (e.g. `apt-get install -y graphviz`) or use --engine embedded");
                }
                return new NativeDotEngine(dot.get(), settings.timeout(), settings.pngDpi());
            case EMBEDDED:
                if (!embedded) {
                    throw new EngineMissingException(embeddedMissing());
                }
                return new EmbeddedEngine(settings.pngDpi(), settings.timeout());
            case AUTO:
            default:
                if (dot.isPresent()) {
                    return new NativeDotEngine(dot.get(), settings.timeout(), settings.pngDpi());
                }
                if (embedded) {
                    return new EmbeddedEngine(settings.pngDpi(), settings.timeout());
                }
                throw new EngineMissingException(embeddedMissing());
        }
    }

    private static String embeddedMissing() {
        return "the embedded engine is not built for " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + " (it exists for Linux and macOS on x86-64, and Windows); "
                + "install Graphviz (e.g. `apt-get install -y graphviz`) so that `dot` is on the PATH";
    }

    /** The engine asked for is not on this machine. */
    public static final class EngineMissingException extends Exception {
        public EngineMissingException(String message) {
            super(message);
        }
    }
}
