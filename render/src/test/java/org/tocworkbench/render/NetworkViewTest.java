package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Theory;

/** {@code toc render --view network} (docs/network.md): boxes by structure or function, backbone-only results marked. */
class NetworkViewTest {
    private final Theory learning = RenderFixtures.subject("learning",
            RenderFixtures.SAMPLES.resolve("knowledge-learning/learning.toc")).theory();

    private String dot(GroupBy groupBy) throws ViewException {
        return new TheoryDotWriter().write(learning, DiagramOptions.DEFAULT.withGroupBy(groupBy));
    }

    @Test
    void byStructureEachResultSitsInTheBoxOfTheStructureThatDeliversIt() throws ViewException {
        String dot = dot(GroupBy.STRUCTURE);
        for (String structure : new String[] {"COP", "GRANTS", "PLATFORM", "LEARNCOM"}) {
            assertTrue(dot.contains("id=\"group-structure-" + structure + "\""), structure + "\n" + dot);
        }
        assertTrue(dot.contains("(fund)") && dot.contains("(platform)"), "the kind follows the name");
        assertEquals(1, count(dot, "id=\"group-structure-GRANTS\""));
    }

    @Test
    void byFunctionResultsSitUnderTheirFirstDeclaredFunction() throws ViewException {
        String dot = dot(GroupBy.FUNCTION);
        assertTrue(dot.contains("id=\"group-function-capacity-building\""), dot);
        assertTrue(dot.contains("(primary)") && dot.contains("(secondary)"), "the rank follows the function");
        assertFalse(dot.contains("group-function-governance"), "organisational functions are not boxes");
    }

    @Test
    void resultsOnlyTheBackboneDeliversAreMarkedInTheNetworkViewOnly() throws ViewException {
        String network = dot(GroupBy.STRUCTURE);
        assertEquals(2, count(network, "toc-backbone-only"), "A2.2 and A3.2");
        assertEquals(2, count(network, "backbone only</I>"));
        assertFalse(dot(GroupBy.NONE).contains("backbone only"), "the results view is unchanged");
        assertFalse(dot(GroupBy.PATHWAY).contains("toc-backbone-only"));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
