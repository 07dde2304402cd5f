package org.tocworkbench.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes DOT text: graphs, subgraphs, nodes and edges with attributes in the order they are
 * given, indented, with every value quoted ({@link DotText#quote}) or passed as an HTML-like
 * label. Knows nothing about theories of change.
 */
final class DotBuilder {
    private final StringBuilder out = new StringBuilder(8192);
    private int depth;

    /** Attributes in insertion order; values are plain text (quoted on output) or HTML-like labels. */
    static final class Attributes {
        private final Map<String, String> values = new LinkedHashMap<>();

        Attributes text(String name, String value) {
            values.put(name, DotText.quote(value));
            return this;
        }

        Attributes number(String name, double value) {
            values.put(name, format(value));
            return this;
        }

        /** An HTML-like label: {@code html} must already be escaped markup. */
        Attributes html(String name, String html) {
            values.put(name, "<" + html + ">");
            return this;
        }

        boolean isEmpty() {
            return values.isEmpty();
        }

        Map<String, String> entries() {
            return values;
        }

        String render() {
            StringBuilder sb = new StringBuilder();
            values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
            return sb.toString();
        }

        static String format(double value) {
            if (value == Math.rint(value)) {
                return Long.toString((long) value);
            }
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    static Attributes attributes() {
        return new Attributes();
    }

    DotBuilder open(String header) {
        line(header + " {");
        depth++;
        return this;
    }

    DotBuilder openSubgraph(String name) {
        return open("subgraph " + DotText.quote(name));
    }

    DotBuilder close() {
        depth--;
        line("}");
        return this;
    }

    /** {@code graph [...]}, {@code node [...]} or {@code edge [...]} defaults. */
    DotBuilder defaults(String kind, Attributes attributes) {
        if (!attributes.isEmpty()) {
            line(kind + " [" + attributes.render() + "];");
        }
        return this;
    }

    /** A graph attribute statement inside the current (sub)graph: {@code name=value;}. */
    DotBuilder set(Attributes attributes) {
        attributes.entries().forEach((name, value) -> line(name + "=" + value + ";"));
        return this;
    }

    DotBuilder node(String id, Attributes attributes) {
        line(DotText.quote(id) + (attributes.isEmpty() ? "" : " [" + attributes.render() + "]") + ";");
        return this;
    }

    DotBuilder edge(String from, String to, Attributes attributes) {
        line(DotText.quote(from) + " -> " + DotText.quote(to)
                + (attributes.isEmpty() ? "" : " [" + attributes.render() + "]") + ";");
        return this;
    }

    /** {@code { rank=same; "a"; "b"; }} */
    DotBuilder sameRank(Iterable<String> ids) {
        StringBuilder sb = new StringBuilder("{ rank=same;");
        for (String id : ids) {
            sb.append(' ').append(DotText.quote(id)).append(';');
        }
        line(sb.append(" }").toString());
        return this;
    }

    DotBuilder comment(String text) {
        line("// " + text.replaceAll("\\R", " "));
        return this;
    }

    private void line(String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
