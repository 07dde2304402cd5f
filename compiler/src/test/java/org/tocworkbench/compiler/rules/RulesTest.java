package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry: every rule once, each with its own test named after it. */
class RulesTest {
    @Test
    void everyRuleIsRegisteredOnce() {
        List<Class<?>> classes = Rules.all().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(classes.size(), new HashSet<>(classes).size(), "a rule is registered twice: " + classes);
    }

    @Test
    void everyRuleHasATestNamedAfterIt() {
        Set<String> missing = new java.util.TreeSet<>();
        for (Rule rule : Rules.all()) {
            String test = rule.getClass().getName() + "Test";
            try {
                Class.forName(test);
            } catch (ClassNotFoundException e) {
                missing.add(test);
            }
        }
        assertEquals(Set.of(), missing, "rules without a test");
    }

    @Test
    void everyRuleReportsALogicOrDataCode() {
        for (Rule rule : Rules.all()) {
            String id = rule.code().id();
            assertEquals(true, id.startsWith("TOC2") || id.startsWith("TOC3"),
                    rule.getClass().getSimpleName() + " reports " + id);
        }
    }
}
