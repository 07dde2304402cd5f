package org.tocworkbench.compiler.diff;

import java.util.List;
import org.tocworkbench.compiler.model.ChangeRecord;

/**
 * The diff as Markdown, for a pull request or for the record of changes of a revised theory
 * (date, version, level of change, reason), followed by a summary table and one table per kind
 * of element with each changed property's old and new value.
 */
public final class DiffMarkdownWriter implements DiffWriter {
    @Override
    public String write(TheoryDiff diff) {
        StringBuilder out = new StringBuilder();
        String title = diff.after().metadata().title().isEmpty() ? diff.afterName() : diff.after().metadata().title();
        out.append("# Changes to ").append(escape(title)).append("\n\n");
        out.append("| | Before | After |\n|---|---|---|\n");
        out.append("| File | ").append(code(diff.beforeName())).append(" | ").append(code(diff.afterName())).append(" |\n");
        out.append("| Version | ").append(escape(or(diff.before().metadata().version()))).append(" | ")
                .append(escape(or(diff.after().metadata().version()))).append(" |\n\n");
        if (diff.nothingInCommon()) {
            out.append("> **Note:** the two theories have no actor, result, assumption or indicator in common;"
                    + " they may not be versions of one theory.\n\n");
        }
        List<ChangeRecord> log = diff.recordOfChanges();
        if (!log.isEmpty()) {
            out.append("## Record of changes\n\n| Date | Version | Level of change | Reason |\n|---|---|---|---|\n");
            for (ChangeRecord r : log) {
                out.append("| ").append(escape(ChangeLogText.date(r))).append(" | ").append(escape(r.version()))
                        .append(" | ").append(escape(ChangeLogText.level(r))).append(" | ").append(escape(r.reason()))
                        .append(" |\n");
            }
            out.append('\n');
        }
        out.append("## Summary\n\n");
        if (diff.isEmpty()) {
            out.append("No changes in meaning; ").append(diff.unchanged()).append(" elements unchanged.\n");
            return out.toString();
        }
        out.append("| | Added | Removed | Changed | Renamed |\n|---|---:|---:|---:|---:|\n");
        for (ElementKind kind : ElementKind.values()) {
            List<ElementChange> changes = diff.of(kind);
            if (!changes.isEmpty()) {
                var counts = diff.counts(changes);
                out.append("| ").append(kind.heading());
                for (ChangeType type : ChangeType.values()) {
                    out.append(" | ").append(counts.get(type));
                }
                out.append(" |\n");
            }
        }
        out.append('\n').append(diff.unchanged()).append(" elements unchanged.\n");
        for (ElementKind kind : ElementKind.values()) {
            List<ElementChange> changes = diff.of(kind);
            if (changes.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(kind.heading()).append("\n\n| Change | Id | Statement | What changed |\n|---|---|---|---|\n");
            for (ElementChange c : changes) {
                String id = c.type() == ChangeType.RENAMED ? code(c.oldId()) + " → " + code(c.id()) : code(c.id());
                out.append("| ").append(c.type().word()).append(" | ").append(id).append(" | ")
                        .append(c.kind() == ElementKind.THEORY ? "" : escape(c.title())).append(" | ")
                        .append(properties(c)).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String properties(ElementChange c) {
        return String.join("<br>", c.properties().stream()
                .map(p -> "**" + escape(p.property()) + "**: " + (p.delta().isEmpty()
                        ? side(p.before()) + " → " + side(p.after()) : escape(p.delta()))).toList());
    }

    private static String side(String value) {
        return value.isEmpty() ? "(none)" : escape(value);
    }

    private static String or(String version) {
        return version.isEmpty() ? "(none)" : version;
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    /** Text safe in a table cell: pipes escaped, line breaks flattened. */
    static String escape(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip().replace("|", "\\|");
    }
}
