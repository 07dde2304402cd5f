package org.tocworkbench.evaluator.standards;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes {@link IatiActivity} as an IATI 2.03 activity file ({@code <iati-activities
 * version="2.03">}) in the order the official schema requires: identifier, reporting
 * organisation, title, description, participating organisation, status, dates, then the results.
 */
public final class IatiXmlWriter {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    private IatiXmlWriter() {
    }

    public static String write(IatiActivity activity) {
        IatiXmlWriter writer = new IatiXmlWriter();
        writer.activities(activity);
        return writer.out.toString();
    }

    private void activities(IatiActivity a) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        open("iati-activities", "version", "2.03");
        open("iati-activity");
        leaf("iati-identifier", a.identifier());
        open("reporting-org", "ref", a.reportingOrg().ref(), "type", a.reportingOrg().type());
        narrative(a.reportingOrg().name());
        close("reporting-org");
        narrativeElement("title", a.title());
        open("description", "type", "1");
        narrative(a.description().isBlank() ? a.title() : a.description());
        close("description");
        open("participating-org", "ref", a.reportingOrg().ref(), "type", a.reportingOrg().type(), "role", "4");
        narrative(a.reportingOrg().name());
        close("participating-org");
        empty("activity-status", "code", String.valueOf(a.status()));
        empty("activity-date", "type", "1", "iso-date", a.start().toString());
        a.end().ifPresent(end -> empty("activity-date", "type", "3", "iso-date", end.toString()));
        for (IatiActivity.Result result : a.results()) {
            result(result);
        }
        close("iati-activity");
        close("iati-activities");
    }

    private void result(IatiActivity.Result r) {
        open("result", "type", String.valueOf(r.type()), "aggregation-status", String.valueOf(r.aggregation()));
        narrativeElement("title", r.title());
        if (!r.description().isBlank()) {
            narrativeElement("description", r.description());
        }
        empty("reference", "code", r.reference(), "vocabulary", "99");
        for (IatiActivity.Indicator indicator : r.indicators()) {
            // A qualitative indicator has no better or worse direction to state.
            open("indicator", "measure", String.valueOf(indicator.measure()), "ascending",
                    indicator.measure() == 5 ? null : indicator.ascending().map(a -> a ? "1" : "0").orElse(null),
                    "aggregation-status", String.valueOf(indicator.aggregation()));
            narrativeElement("title", indicator.title());
            if (!indicator.description().isBlank()) {
                narrativeElement("description", indicator.description());
            }
            for (String reference : indicator.references()) {
                empty("reference", "vocabulary", "99", "code", reference);
            }
            indicator.baseline().ifPresent(b -> {
                String[] attributes = {"year", String.valueOf(b.year()), "iso-date",
                        b.date().map(LocalDate::toString).orElse(null), "value", b.value().isEmpty() ? null : b.value()};
                if (b.comment().isEmpty()) {
                    empty("baseline", attributes);
                } else {
                    open("baseline", attributes);
                    narrativeElement("comment", b.comment());
                    close("baseline");
                }
            });
            for (IatiActivity.Period period : indicator.periods()) {
                open("period");
                empty("period-start", "iso-date", period.start().toString());
                empty("period-end", "iso-date", period.end().toString());
                values("target", period.targets());
                values("actual", period.actuals());
                close("period");
            }
            close("indicator");
        }
        close("result");
    }

    private void values(String element, List<IatiActivity.Value> values) {
        for (IatiActivity.Value value : values) {
            String[] attributes = {"value", value.value().isEmpty() ? null : value.value()};
            if (value.dimensions().isEmpty() && value.comment().isEmpty()) {
                empty(element, attributes);
                continue;
            }
            open(element, attributes);
            for (IatiActivity.Dimension dimension : value.dimensions()) {
                empty("dimension", "name", dimension.name(), "value", dimension.value());
            }
            if (!value.comment().isEmpty()) {
                narrativeElement("comment", value.comment());
            }
            close(element);
        }
    }

    private void narrativeElement(String element, String text) {
        open(element);
        narrative(text);
        close(element);
    }

    private void narrative(String text) {
        indent();
        out.append("<narrative>").append(escape(text)).append("</narrative>\n");
    }

    private void leaf(String element, String text) {
        indent();
        out.append('<').append(element).append('>').append(escape(text)).append("</").append(element).append(">\n");
    }

    private void open(String element, String... attributes) {
        indent();
        out.append('<').append(element);
        attributes(attributes);
        out.append(">\n");
        depth++;
    }

    private void empty(String element, String... attributes) {
        indent();
        out.append('<').append(element);
        attributes(attributes);
        out.append(" />\n");
    }

    private void close(String element) {
        depth--;
        indent();
        out.append("</").append(element).append(">\n");
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
