package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class LibreOfficeTest {
    @Test
    void aMissingLibreOfficeFailsAndSaysWhatToInstallInsteadOfSkipping() {
        Properties saved = (Properties) System.getProperties().clone();
        try {
            System.setProperty("toc.soffice", "/nonexistent/soffice");
            System.clearProperty("toc.noOffice");
            AssertionError e = assertThrows(AssertionError.class, LibreOffice::wanted);
            assertTrue(e.getMessage().contains("apt-get install -y libreoffice-calc-nogui"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dtoc.noOffice=true"), e.getMessage());
        } finally {
            System.setProperties(saved);
        }
    }
}
