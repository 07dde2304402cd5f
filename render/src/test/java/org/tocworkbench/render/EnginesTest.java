package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnginesTest {
    private static final Engines.Settings SETTINGS = Engines.Settings.DEFAULT;
    private static final Optional<Path> DOT = Optional.of(Path.of("/usr/bin/dot"));

    @Test
    void autoTakesTheNativeDotWhenItIsOnThePath() throws Exception {
        assertInstanceOf(NativeDotEngine.class, Engines.choose(EngineChoice.AUTO, SETTINGS, DOT, true));
    }

    @Test
    void autoFallsBackToTheEmbeddedEngineWithoutDot() throws Exception {
        assertInstanceOf(EmbeddedEngine.class, Engines.choose(EngineChoice.AUTO, SETTINGS, Optional.empty(), true));
    }

    @Test
    void embeddedIsUsedWhenAskedForEvenWhereDotExists() throws Exception {
        assertInstanceOf(EmbeddedEngine.class, Engines.choose(EngineChoice.EMBEDDED, SETTINGS, DOT, true));
    }

    @Test
    void askingForAMissingEngineSaysHowToGetIt() {
        var e = assertThrows(Engines.EngineMissingException.class,
                () -> Engines.choose(EngineChoice.NATIVE, SETTINGS, Optional.empty(), true));
        assertTrue(e.getMessage().contains("apt-get install -y graphviz") && e.getMessage().contains("--engine embedded"),
                e.getMessage());
        var none = assertThrows(Engines.EngineMissingException.class,
                () -> Engines.choose(EngineChoice.AUTO, SETTINGS, Optional.empty(), false));
        assertTrue(none.getMessage().contains("install Graphviz"), none.getMessage());
    }
}
