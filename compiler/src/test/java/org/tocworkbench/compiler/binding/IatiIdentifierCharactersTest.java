package org.tocworkbench.compiler.binding;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

/** TOC136: identifiers with characters IATI forbids (PublishingBinder). */
class IatiIdentifierCharactersTest {
    private static Checked theory(String identifier, String ref) {
        return PublishingWordsTest.theory("    identifier " + identifier + "\n    reporting org " + ref + " type 21\n");
    }

    @Test
    void eachForbiddenCharacterInTheIdentifierIsReported() {
        for (String c : new String[] {"/", "&", "|", "?"}) {
            theory("\"GB-CHC-1-P" + c + "2\"", "\"GB-CHC-1\"")
                    .reports(Code.IATI_IDENTIFIER_CHARACTERS, "2:16", "contains `" + c + "`");
        }
    }

    @Test
    void aSpaceInTheOrganisationsIdentifierIsReported() {
        theory("\"GB-CHC-1-P2\"", "\"GB-CHC 1\"")
                .reports(Code.IATI_IDENTIFIER_CHARACTERS, "3:19", "reporting organisation's identifier `GB-CHC 1` contains a space");
    }

    @Test
    void anEmptyIdentifierIsReported() {
        theory("\"\"", "\"GB-CHC-1\"").reports(Code.IATI_IDENTIFIER_CHARACTERS, "2:16", "activity identifier is empty");
    }

    @Test
    void identifiersWithHyphensDotsAndUnderscoresAreQuiet() {
        theory("\"GB-CHC-1_a.b-P2\"", "\"GB-CHC-1_a.b\"").reportsNothing();
        PublishingWordsTest.theory("").reportsNo(Code.IATI_IDENTIFIER_CHARACTERS);
    }
}
