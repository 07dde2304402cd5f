package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.OrganisationType;
import org.tocworkbench.compiler.model.ReportingOrganisation;

/** The IATI publishing words of the theory block: `identifier` and `reporting org` (TOC135, TOC138). */
class PublishingWordsTest {
    private static final String BODY = "impact I \"More girls complete school\"\nactivity A1 \"Pay bursaries\"\nA1 -> I\n";

    /** A theory whose block holds these lines, with a results chain that checks clean. */
    static Checked theory(String lines) {
        return Checked.text("theory \"GSEP\" {\n" + lines + "}\n" + BODY);
    }

    @Test
    void theWordsGiveTheIdentifierAndTheOrganisationWithNameAndType() {
        Checked checked = theory("    identifier \"GB-GOV-1-300123\"\n"
                + "    reporting org \"GB-GOV-1\" \"Foreign, Commonwealth & Development Office\" type government\n")
                .reportsNothing();
        Metadata metadata = checked.compilation().theory().metadata();
        assertEquals(Optional.of("GB-GOV-1-300123"), metadata.identifier());
        assertEquals("2:16", metadata.identifierSpan().line() + ":" + metadata.identifierSpan().column());
        ReportingOrganisation org = metadata.reportingOrg().orElseThrow();
        assertEquals("GB-GOV-1", org.ref());
        assertEquals(Optional.of("Foreign, Commonwealth & Development Office"), org.name());
        assertEquals(Optional.of(OrganisationType.GOVERNMENT), org.type());
    }

    @Test
    void theTypeIsACodeOrAWordAndTheNameIsOptional() {
        ReportingOrganisation org = theory("    identifier \"XM-DAC-41114-P1\"\n    reporting org \"XM-DAC-41114\" type 40\n")
                .reportsNothing().compilation().theory().metadata().reportingOrg().orElseThrow();
        assertEquals(Optional.of(OrganisationType.MULTILATERAL), org.type());
        assertEquals(Optional.empty(), org.name());
        assertEquals("XM-DAC-41114", org.displayName());
        for (OrganisationType type : OrganisationType.values()) {
            assertEquals(Optional.of(type), OrganisationType.of(type.code()));
            assertEquals(Optional.of(type), OrganisationType.of(type.word()));
        }
    }

    @Test
    void anUnknownTypeIsAnErrorWithTheClosestWord() {
        Checked checked = theory("    identifier \"GB-CHC-1-P1\"\n    reporting org \"GB-CHC-1\" type internationl-ngo\n");
        var d = checked.reports(Code.UNKNOWN_ORGANISATION_TYPE, "3:35", "unknown IATI organisation type `internationl-ngo`");
        assertEquals("international-ngo", d.replacement());
        theory("    identifier \"GB-CHC-1-P1\"\n    reporting org \"GB-CHC-1\" type 20\n")
                .reports(Code.UNKNOWN_ORGANISATION_TYPE, "3:35", "`20`");
    }

    @Test
    void aSecondIdentifierOrReportingOrgIsAnError() {
        theory("    identifier \"GB-GOV-1-1\"\n    reporting org \"GB-GOV-1\" type 10\n    reporting org \"GB-GOV-2\" type 10\n")
                .reports(Code.IATI_PUBLISHER_REPEATED, "4:5", "`reporting org` is given twice");
        Checked twice = theory("    identifier \"GB-GOV-1-1\"\n    identifier \"GB-GOV-1-2\"\n    reporting org \"GB-GOV-1\" type 10\n");
        twice.reports(Code.IATI_PUBLISHER_REPEATED, "3:5", "`identifier` is given twice");
        twice.reportsNo(Code.REPEATED_PROPERTY);
        assertEquals(Optional.of("GB-GOV-1-1"), twice.compilation().theory().metadata().identifier(), "the first one counts");
    }

    @Test
    void theWordsStayUsableAsNames() {
        Checked checked = Checked.text("theory \"T\" {}\nimpact identifier \"x\"\noutput reporting \"y\"\noutcome org \"z\""
                + " {\n    indicator type \"Type of change\" { unit count }\n}\nreporting -> org -> identifier\n");
        checked.reportsNo(Code.SYNTAX_ERROR);
        assertTrue(checked.compilation().theory().nodes().containsKey("org"));
        assertTrue(checked.compilation().theory().indicators().containsKey("type"));
    }
}
