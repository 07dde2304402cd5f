package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

/** TOC139: publishing words incomplete for an IATI file (PublishingBinder). */
class IatiPublishingIncompleteTest {
    private static Checked theory(String lines) {
        return PublishingWordsTest.theory(lines);
    }

    @Test
    void anIdentifierWithoutAPublisherIsReportedWithTheRefItImplies() {
        var d = theory("    identifier \"GB-GOV-1-300123\"\n").reports(Code.IATI_PUBLISHER_INCOMPLETE, "2:16",
                "names its IATI activity but not the organisation");
        assertTrue(d.help().get(0).contains("reporting org \"GB-GOV-1\""), d.help().toString());
    }

    @Test
    void aPublisherWithoutAnIdentifierIsReported() {
        theory("    reporting org \"GB-GOV-1\" type 10\n").reports(Code.IATI_PUBLISHER_INCOMPLETE, "2:5",
                "not the activity's identifier");
    }

    @Test
    void aPublisherWithoutATypeIsReported() {
        theory("    identifier \"GB-GOV-1-3\"\n    reporting org \"GB-GOV-1\" \"FCDO\"\n")
                .reports(Code.IATI_PUBLISHER_INCOMPLETE, "3:5", "without a type");
    }

    @Test
    void anUnknownTypeIsReportedOnceAsUnknownNotAsMissing() {
        theory("    identifier \"GB-GOV-1-3\"\n    reporting org \"GB-GOV-1\" type govt\n")
                .reportsExactly(Code.UNKNOWN_ORGANISATION_TYPE);
    }

    @Test
    void aCompleteHeaderOrNoneIsQuiet() {
        theory("    identifier \"GB-GOV-1-3\"\n    reporting org \"GB-GOV-1\" type 10\n").reportsNothing();
        theory("").reportsNo(Code.IATI_PUBLISHER_INCOMPLETE);
    }
}
