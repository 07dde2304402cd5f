package org.tocworkbench.cli;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.render.DiagramFormat;
import org.tocworkbench.compiler.render.DiagramOptions;
import org.tocworkbench.compiler.render.EngineChoice;
import org.tocworkbench.compiler.render.Engines;
import org.tocworkbench.compiler.render.NodeStatus;
import org.tocworkbench.compiler.render.ProgressStatus;
import org.tocworkbench.compiler.render.RenderException;
import org.tocworkbench.compiler.render.ViewException;
import org.tocworkbench.evaluator.progress.NodeProgress;
import org.tocworkbench.evaluator.progress.Status;
import org.tocworkbench.evaluator.report.ProgressDiagram;

/**
 * The diagram at the top of HTML reports: the whole theory, drawn by the renderer with each node
 * filled by its progress status (the native {@code dot} when it is on the PATH, the embedded
 * engine otherwise).
 */
final class Diagrams {
    private Diagrams() {
    }

    static ProgressDiagram forReports() {
        return Diagrams::svg;
    }

    static String svg(Theory theory, Map<String, NodeProgress> progress, LocalDate asOf) {
        DiagramOptions options = DiagramOptions.DEFAULT.withProgress(overlay(progress),
                asOf == null ? "" : asOf.toString());
        try {
            byte[] svg = new org.tocworkbench.compiler.render.DiagramRenderer().render(theory, options,
                    DiagramFormat.SVG, Engines.choose(EngineChoice.AUTO, Engines.Settings.DEFAULT));
            return new String(svg, StandardCharsets.UTF_8);
        } catch (Engines.EngineMissingException | RenderException | ViewException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The evaluator's node statuses as the renderer's overlay; results that cannot be rated stay uncoloured. */
    static Map<String, NodeStatus> overlay(Map<String, NodeProgress> progress) {
        Map<String, NodeStatus> overlay = new LinkedHashMap<>();
        progress.forEach((id, p) -> status(p.status()).ifPresent(s -> overlay.put(id,
                new NodeStatus(s, Double.isNaN(p.progress()) ? null : p.progress()))));
        return overlay;
    }

    private static Optional<ProgressStatus> status(Status status) {
        return switch (status) {
            case ACHIEVED -> Optional.of(ProgressStatus.ACHIEVED);
            case ON_TRACK -> Optional.of(ProgressStatus.ON_TRACK);
            case AT_RISK -> Optional.of(ProgressStatus.AT_RISK);
            case OFF_TRACK -> Optional.of(ProgressStatus.OFF_TRACK);
            case NO_DATA -> Optional.of(ProgressStatus.NO_DATA);
            case NOT_STARTED -> Optional.of(ProgressStatus.NOT_STARTED);
            case NOT_RATED -> Optional.empty();
        };
    }
}
