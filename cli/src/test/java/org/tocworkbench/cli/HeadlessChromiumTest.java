package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadlessChromiumTest {
    @Test
    void aMissingBrowserFailsAndSaysWhatToInstallInsteadOfSkipping() {
        String before = System.getProperty("toc.chromium");
        String noBrowser = System.getProperty("toc.noBrowser");
        System.setProperty("toc.chromium", "/nonexistent/chromium");
        System.clearProperty("toc.noBrowser");
        try {
            AssertionError e = assertThrows(AssertionError.class, HeadlessChromium::wanted);
            assertTrue(e.getMessage().contains("apt-get install -y chromium"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dtoc.noBrowser=true"), e.getMessage());
        } finally {
            restore("toc.chromium", before);
            restore("toc.noBrowser", noBrowser);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
