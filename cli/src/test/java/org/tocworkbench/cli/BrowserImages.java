package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** Screenshots of browser tests: decoded, counted by colour, and kept under cli/target for people to look at. */
final class BrowserImages {
    static final Path KEPT = Path.of("cli", "target", "browser-screenshots");

    private BrowserImages() {
    }

    static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "the screenshot is not a PNG");
        return image;
    }

    /** How many pixels have each colour (0xRRGGBB). */
    static Map<Integer, Integer> colours(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        return counts;
    }

    static Path keep(String name, byte[] png) throws IOException {
        Files.createDirectories(KEPT);
        Path file = KEPT.resolve(name);
        Files.write(file, png);
        return file;
    }
}
