package org.tocworkbench.compiler.binding;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

/** TOC137: the activity identifier starts with its publisher's identifier and a hyphen (PublishingBinder). */
class ActivityIdentifierPrefixTest {
    private static Checked theory(String identifier, String ref) {
        return PublishingWordsTest.theory("    identifier \"" + identifier + "\"\n    reporting org \"" + ref
                + "\" type government\n");
    }

    @Test
    void anIdentifierOfAnotherOrganisationIsReported() {
        theory("GB-1-300123", "GB-GOV-1").reports(Code.IDENTIFIER_WITHOUT_ORG_PREFIX, "2:16",
                "`GB-1-300123` does not start with the reporting organisation's identifier `GB-GOV-1-`");
    }

    @Test
    void theRefWithoutTheHyphenIsNotEnough() {
        theory("GB-GOV-10-300123", "GB-GOV-1").reports(Code.IDENTIFIER_WITHOUT_ORG_PREFIX, "2:16", "GB-GOV-10-300123");
        theory("GB-GOV-1", "GB-GOV-1").reports(Code.IDENTIFIER_WITHOUT_ORG_PREFIX, "2:16", "`GB-GOV-1`");
    }

    @Test
    void theRefAndAHyphenFirstIsQuiet() {
        theory("GB-GOV-1-300123", "GB-GOV-1").reportsNothing();
    }
}
