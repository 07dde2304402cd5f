package org.tocworkbench.compiler.diff;

import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.ChangeRecord;

/**
 * The terminal summary of a diff: the two versions, the record of changes, then each kind of
 * element with what was added ({@code +}), removed ({@code -}), changed ({@code ~}) and renamed
 * ({@code >}), each changed property on a line of its own. Colour only when asked (a terminal).
 */
public final class DiffTextWriter implements DiffWriter {
    private static final int WIDTH = 72;
    private static final int LONG = 110;
    private final boolean colour;

    public DiffTextWriter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String write(TheoryDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append(bold(diff.beforeName())).append(" (").append(ChangeLogText.version(diff.before().metadata()))
                .append(") -> ").append(bold(diff.afterName())).append(" (")
                .append(ChangeLogText.version(diff.after().metadata())).append(")\n");
        if (diff.nothingInCommon()) {
            out.append("note: the two theories have no actor, result, assumption or indicator in common;"
                    + " they may not be versions of one theory\n");
        }
        List<ChangeRecord> log = diff.recordOfChanges();
        if (!log.isEmpty()) {
            out.append('\n').append(bold("Record of changes")).append('\n');
            for (ChangeRecord r : log) {
                out.append("  ").append(pad(r.version(), 8)).append(pad(ChangeLogText.date(r), 12))
                        .append(pad(ChangeLogText.level(r), 10)).append(r.reason()).append('\n');
            }
        }
        for (ElementKind kind : ElementKind.values()) {
            List<ElementChange> changes = diff.of(kind);
            if (changes.isEmpty()) {
                continue;
            }
            out.append('\n').append(bold(kind.heading())).append("  ").append(counts(diff.counts(changes))).append('\n');
            changes.forEach(c -> change(out, c));
        }
        out.append('\n');
        if (diff.isEmpty()) {
            out.append("No changes in meaning");
        } else {
            out.append(diff.changes().size()).append(diff.changes().size() == 1 ? " change (" : " changes (")
                    .append(counts(diff.counts(diff.changes()))).append(')');
        }
        out.append("; ").append(diff.unchanged()).append(" elements unchanged\n");
        return out.toString();
    }

    private void change(StringBuilder out, ElementChange c) {
        String colourCode = switch (c.type()) {
            case ADDED -> "32";
            case REMOVED -> "31";
            case CHANGED -> "33";
            case RENAMED -> "36";
        };
        String id = c.type() == ChangeType.RENAMED ? c.oldId() + " -> " + c.id() : c.id();
        out.append("  ").append(paint(colourCode, c.type().marker() + " " + id));
        if (c.type() == ChangeType.RENAMED) {
            out.append("  renamed");
        }
        if (!c.title().isEmpty() && c.kind() != ElementKind.THEORY) {
            out.append("  \"").append(shorten(c.title(), WIDTH)).append('"');
        }
        out.append('\n');
        for (PropertyChange p : c.properties()) {
            if (!p.delta().isEmpty()) {
                out.append("      ").append(p.property()).append(": ").append(shorten(p.delta(), LONG)).append('\n');
                continue;
            }
            String before = p.before().isEmpty() ? "(none)" : shorten(p.before(), LONG);
            String after = p.after().isEmpty() ? "(none)" : shorten(p.after(), LONG);
            if (before.length() + after.length() <= WIDTH - p.property().length()) {
                out.append("      ").append(p.property()).append(": ").append(before).append(" -> ").append(after).append('\n');
            } else {
                out.append("      ").append(p.property()).append('\n')
                        .append("        was: ").append(before).append('\n')
                        .append("        now: ").append(after).append('\n');
            }
        }
    }

    static String counts(Map<ChangeType, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((type, n) -> {
            if (n > 0) {
                s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(type.word());
            }
        });
        return s.toString();
    }

    private String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    private String paint(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private static String shorten(String text, int width) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
