package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LibreOfficeTest {
    @Test
    void aMissingLibreOfficeFailsAndSaysWhatToInstallInsteadOfSkipping() {
        String before = System.getProperty("toc.soffice");
        String noOffice = System.getProperty("toc.noOffice");
        System.setProperty("toc.soffice", "/nonexistent/soffice");
        System.clearProperty("toc.noOffice");
        try {
            AssertionError e = assertThrows(AssertionError.class, LibreOffice::wanted);
            assertTrue(e.getMessage().contains("apt-get install -y libreoffice-calc-nogui"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dtoc.noOffice=true"), e.getMessage());
        } finally {
            restore("toc.soffice", before);
            restore("toc.noOffice", noOffice);
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
