package org.tocworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The .toc files a folder named on the command line stands for ({@code toc check} and {@code toc fmt}). */
final class TocFiles {
    private TocFiles() {
    }

    /** The .toc files under a folder, in name order, leaving out hidden folders ({@code .git}). */
    static List<Path> under(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".toc"))
                    .filter(p -> !hiddenBelow(folder, p))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hiddenBelow(Path folder, Path file) {
        Path relative = folder.relativize(file);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
