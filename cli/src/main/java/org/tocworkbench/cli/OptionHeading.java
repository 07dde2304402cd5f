package org.tocworkbench.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The heading under which a command's help lists the options of a mixin class (its own and those
 * of the mixins it holds), after the command's other options: e.g. the monitoring data options of
 * {@code toc render}, so that {@code --layout} (the workbook's layout) does not read as a drawing
 * option. {@link HelpLayout} reads it; picocli's own {@code optionListHeading} on a mixin would
 * replace the command's heading instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OptionHeading {
    /** The heading, without the colon. */
    String value();
}
