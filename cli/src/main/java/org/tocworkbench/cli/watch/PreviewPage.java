package org.tocworkbench.cli.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.report.HtmlText;
import org.tocworkbench.evaluator.report.IssueLocation;

/**
 * The live preview's HTML: the whole page, and the fragment (element {@code #preview}) that the
 * page's script swaps in after each check. Self-contained: the style is inline and the one script
 * is served by the preview itself. Every piece of user text is escaped; the diagram is the
 * renderer's SVG, which escapes its own text.
 */
public final class PreviewPage {
    private static final String CSS = resource("preview.css");
    private static final String SCRIPT = resource("preview.js");

    private PreviewPage() {
    }

    public static String page(PreviewSnapshot s) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n"
                + "<title>" + esc(title(s)) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + "<header><h1>toc watch</h1><span class=\"file\">" + esc(s.fileName()) + "</span>"
                + "<span id=\"connection\" class=\"conn\">connecting\u2026</span></header>\n"
                + fragment(s)
                + "<script src=\"/preview.js\"></script>\n</body>\n</html>\n";
    }

    /** The part of the page that changes: status line, diagram, diagnostics, data issues. */
    public static String fragment(PreviewSnapshot s) {
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<main id=\"preview\" data-version=\"").append(s.version()).append("\" data-title=\"")
                .append(esc(title(s))).append("\">\n");
        String state = s.count(Severity.ERROR) > 0 || !s.problems().isEmpty() ? "errors"
                : s.count(Severity.WARNING) > 0 ? "warnings" : "ok";
        h.append("<p class=\"status ").append(state).append("\" id=\"status\">").append(esc(s.summary()))
                .append("</p>\n<div class=\"layout\">\n");
        diagram(h, s);
        h.append("<aside>\n");
        diagnostics(h, s);
        data(h, s);
        changes(h, s);
        h.append("</aside>\n</div>\n</main>\n");
        return h.toString();
    }

    /** The page's script, served at {@code /preview.js}. */
    public static String script() {
        return SCRIPT;
    }

    private static String title(PreviewSnapshot s) {
        long errors = s.count(Severity.ERROR);
        return s.fileName() + (errors > 0 ? " (" + errors + (errors == 1 ? " error)" : " errors)")
                : s.stale() ? " (stale)" : "") + " \u2013 toc watch";
    }

    private static void diagram(StringBuilder h, PreviewSnapshot s) {
        h.append("<section class=\"diagram").append(s.stale() ? " stale" : "").append("\" id=\"diagram\">\n");
        if (s.stale()) {
            h.append("<p class=\"stale-note\">Stale: this is the diagram of the last good check; fix the problems listed ")
                    .append("to update it.</p>\n");
        }
        if (s.svg() == null) {
            h.append("<p class=\"empty\">No diagram yet: the file has not checked without errors since the preview started.</p>\n");
        } else {
            int start = s.svg().indexOf("<svg");
            h.append(start < 0 ? s.svg() : s.svg().substring(start)).append('\n');
        }
        h.append("</section>\n");
    }

    private static void diagnostics(StringBuilder h, PreviewSnapshot s) {
        h.append("<section id=\"diagnostics\">\n<h2>Diagnostics (").append(s.diagnostics().size()).append(")</h2>\n");
        if (!s.problems().isEmpty()) {
            h.append("<ul class=\"problems\">\n");
            s.problems().forEach(p -> h.append("<li>").append(esc(p)).append("</li>\n"));
            h.append("</ul>\n");
        }
        if (s.diagnostics().isEmpty()) {
            h.append("<p class=\"none\">No problems found.</p>\n");
        } else {
            HumanDiagnosticPrinter printer = new HumanDiagnosticPrinter();
            h.append("<ol class=\"diags\">\n");
            for (Diagnostic d : s.diagnostics()) {
                String severity = d.severity().name().toLowerCase(Locale.ROOT);
                h.append("<li class=\"diag ").append(severity).append("\" data-code=\"").append(esc(d.code().id()))
                        .append("\"><span class=\"sev\">").append(severity).append("</span> <code>")
                        .append(esc(d.code().id())).append("</code> ");
                if (!d.span().isNone()) {
                    h.append("<span class=\"where\">").append(esc(d.span().path())).append(':').append(d.span().line())
                            .append(':').append(d.span().column()).append("</span>");
                }
                h.append("<div class=\"msg\">").append(esc(d.message())).append("</div>");
                String printed = printer.print(d);
                int body = printed.indexOf('\n');
                String rest = body < 0 ? "" : printed.substring(body + 1).stripTrailing();
                if (!rest.isBlank()) {
                    h.append("<pre>").append(esc(SourceExcerpt.fit(rest))).append("</pre>");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("</section>\n");
    }

    private static void data(StringBuilder h, PreviewSnapshot s) {
        if (s.dataSummary().isEmpty() && s.issues().isEmpty()) {
            return;
        }
        h.append("<section id=\"data\">\n<h2>Monitoring data</h2>\n<p class=\"data-summary\">").append(esc(s.dataSummary()))
                .append("</p>\n");
        if (s.issues().isEmpty()) {
            h.append("<p class=\"none\">No data issues.</p>\n");
        } else {
            h.append("<table>\n<thead><tr><th>File</th><th>Cell</th><th>Message</th></tr></thead>\n<tbody>\n");
            for (DataIssue issue : s.issues()) {
                h.append("<tr><td>").append(esc(IssueLocation.file(issue.where()))).append("</td><td><code>")
                        .append(esc(IssueLocation.cell(issue.where()))).append("</code></td><td>")
                        .append(esc(issue.message())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    /** What changed since the last commit ({@code toc diff FILE --from HEAD}), when the file is in git. */
    private static void changes(StringBuilder h, PreviewSnapshot s) {
        if (s.changes().isEmpty()) {
            return;
        }
        h.append("<section id=\"changes\">\n<h2>Changes since the last commit</h2>\n<pre class=\"diff\">")
                .append(esc(s.changes())).append("</pre>\n</section>\n");
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }

    private static String resource(String name) {
        try (InputStream in = PreviewPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the toc jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
