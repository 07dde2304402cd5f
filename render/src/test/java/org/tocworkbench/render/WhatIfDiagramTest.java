package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.whatif.FailureState;

/**
 * The what-if overlay on the pandemic sample when AS1 fails (the marks {@code toc what-if} gives):
 * nothing runs under the text of a weakened result, which carries a border and a "◐ weakened" band
 * instead, and the failing assumption's badge is black and crossed in the links and the legend.
 */
class WhatIfDiagramTest {
    private static final Path PANDEMIC = Path.of("../samples/pandemic-preparedness/pandemic.toc");

    private static Theory pandemic() {
        Compilation c = new TocCompiler().compile(PANDEMIC, CompileOptions.DEFAULT);
        assertFalse(c.hasErrors(), () -> c.diagnostics().toString());
        return c.theory();
    }

    private static String dot(Map<String, FailureState> failures) throws Exception {
        return new DiagramRenderer().dot(pandemic(), DiagramOptions.DEFAULT.withFailures(failures));
    }

    private static Map<String, FailureState> as1Fails() {
        Map<String, FailureState> marks = new LinkedHashMap<>();
        marks.put("ST2", FailureState.FAILED);
        marks.put("MT1", FailureState.FAILED);
        for (String weakened : new String[] {"MT2", "LT1", "LT2", "IMP"}) {
            marks.put(weakened, FailureState.WEAKENED);
        }
        marks.put("OP1 -> ST2", FailureState.FAILED);
        marks.put("AS1", FailureState.FAILED);
        return marks;
    }

    private static String line(String text, String start) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    @Test
    void weakenedResultsHaveNoPatternUnderTheirTextButABorderAndABand() throws Exception {
        String dot = dot(as1Fails());
        for (String id : new String[] {"MT2", "LT1", "LT2", "IMP"}) {
            String node = line(dot, "\"" + id + "\" [");
            assertTrue(node.contains("what-if-weakened"), node);
            assertFalse(node.contains("striped"), "no stripes under the text of " + id + ": " + node);
            assertTrue(node.contains("fillcolor=\"" + Palette.WEAKENED_FILL + "\""), node);
            assertTrue(node.contains("color=\"" + Palette.WEAKENED_LINE + "\"") && node.contains("penwidth=3"), node);
            assertTrue(node.contains("<TD BGCOLOR=\"" + Palette.WEAKENED_BAND + "\">") && node.contains("\u25d0 weakened"),
                    "the band says weakened: " + node);
        }
        assertFalse(line(dot, "\"ST1\" [").contains("weakened"), "ST1 stands");
        assertTrue(line(dot, "\"ST2\" [").contains("style=\"filled,rounded,dashed\""), "ST2 is a ghost");
    }

    @Test
    void theFailingAssumptionsBadgeIsBlackAndCrossedInLinksAndLegend() throws Exception {
        String dot = dot(as1Fails());
        String failing = "BGCOLOR=\"#000000\"><FONT POINT-SIZE=\"9\" COLOR=\"#ffffff\"><B>\u2716 AS1</B>";
        assertTrue(line(dot, "\"OP1\" -> \"ST2\" [").contains(failing), "the link's badge: " + line(dot, "\"OP1\" -> \"ST2\" ["));
        String legend = dot.substring(dot.indexOf("What if AS1 fails"));
        assertTrue(legend.contains(failing), "the legend's badge");
        assertTrue(legend.contains("fails in this what-if"), "the legend says it fails");
        assertTrue(legend.contains("Black badge \u2716 AS1: the assumption that fails."), "the key explains the badge");
        assertFalse(legend.contains("Striped"), "the key does not describe stripes that are gone");
        // the other assumptions keep their purple badges
        assertTrue(line(dot, "\"ST3\" -> \"MT3\" [").contains(">AS3</FONT>"), line(dot, "\"ST3\" -> \"MT3\" ["));
        assertFalse(dot.contains("\u2716 AS3"), "only AS1 is crossed");
    }

    @Test
    void withoutTheOverlayNoBadgeIsCrossedAndNothingIsWeakened() throws Exception {
        String dot = dot(Map.of());
        assertFalse(dot.contains("\u2716") || dot.contains("weakened") || dot.contains(Palette.WEAKENED_BAND), "plain diagram");
    }
}
