package org.tocworkbench.compiler.diagnostics;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/**
 * One problem found in the input: a value, never thrown.
 *
 * @param label short text printed under the caret underline (may be empty)
 * @param help  "= help:" lines, e.g. a did-you-mean suggestion
 * @param notes "= note:" lines, e.g. the cycle that was found
 * @param replacement a fix that replaces the span's text, when there is exactly one (may be null)
 */
public record Diagnostic(Code code, Severity severity, Span span, String message, String label,
                         List<String> help, List<String> notes, String replacement) {

    /** Message, label, help and notes are made {@link VisibleText}: hidden characters escaped, long words cut. */
    public Diagnostic {
        message = VisibleText.of(message);
        help = help.stream().map(VisibleText::of).toList();
        notes = notes.stream().map(VisibleText::of).toList();
        label = label == null ? "" : VisibleText.of(label);
    }

    public static Builder of(Code code, Span span, String message) {
        return new Builder(code, span, message);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, span, message, label, help, notes, replacement);
    }

    /** Fluent construction, so that rules read as sentences. */
    public static final class Builder {
        private final Code code;
        private final Span span;
        private final String message;
        private Severity severity;
        private String label = "";
        private final java.util.ArrayList<String> help = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> notes = new java.util.ArrayList<>();
        private String replacement;

        private Builder(Code code, Span span, String message) {
            this.code = code;
            this.span = span;
            this.message = message;
            this.severity = code.defaultSeverity();
        }

        public Builder label(String text) {
            this.label = text;
            return this;
        }

        public Builder help(String text) {
            help.add(text);
            return this;
        }

        public Builder note(String text) {
            notes.add(text);
            return this;
        }

        /** A "did you mean" fix: help line plus a machine-applicable replacement. */
        public Builder suggest(String replacementText) {
            help.add("did you mean `" + replacementText + "`?");
            this.replacement = replacementText;
            return this;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Diagnostic build() {
            return new Diagnostic(code, severity, span, message, label, help, notes, replacement);
        }
    }
}
