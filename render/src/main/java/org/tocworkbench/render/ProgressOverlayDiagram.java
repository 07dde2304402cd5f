package org.tocworkbench.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.progress.NodeProgress;
import org.tocworkbench.evaluator.progress.Status;
import org.tocworkbench.evaluator.report.ProgressDiagram;

/**
 * The evaluator's {@link ProgressDiagram} seam, drawn: the whole theory as SVG with each node
 * filled by its progress status, for the top of HTML reports and the {@code toc watch} preview
 * (the native {@code dot} when it is on the PATH, the embedded engine otherwise). The evaluator
 * does not draw; the command line hands it this.
 */
public final class ProgressOverlayDiagram implements ProgressDiagram {
    private final Engines.Settings settings;

    /** The engine chosen as {@code toc render --engine auto} chooses it. */
    public ProgressOverlayDiagram() {
        this(Engines.Settings.DEFAULT);
    }

    public ProgressOverlayDiagram(Engines.Settings settings) {
        this.settings = settings;
    }

    @Override
    public String svg(Theory theory, Map<String, NodeProgress> progress, LocalDate asOf) {
        DiagramOptions options = DiagramOptions.DEFAULT.withProgress(overlay(progress),
                asOf == null ? "" : asOf.toString());
        try {
            byte[] svg = new DiagramRenderer().render(theory, options,
                    DiagramFormat.SVG, Engines.choose(EngineChoice.AUTO, settings));
            return new String(svg, StandardCharsets.UTF_8);
        } catch (Engines.EngineMissingException | RenderException | ViewException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The evaluator's node statuses as the renderer's overlay; results that cannot be rated stay uncoloured. */
    public static Map<String, NodeStatus> overlay(Map<String, NodeProgress> progress) {
        Map<String, NodeStatus> overlay = new LinkedHashMap<>();
        progress.forEach((id, p) -> status(p.status()).ifPresent(s -> overlay.put(id,
                new NodeStatus(s, Double.isNaN(p.progress()) ? null : p.progress()))));
        return overlay;
    }

    /** The renderer's status for one of the evaluator's, or empty for a result that cannot be rated. */
    public static Optional<ProgressStatus> status(Status status) {
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
