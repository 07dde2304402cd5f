package org.tocworkbench.compiler.rules;

import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Horizon;
import org.tocworkbench.compiler.model.Keyword;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.Node;

/**
 * Above the ceiling of accountability a network contributes but does not claim: a result there
 * with an {@code owner} claims accountability the network has declared it cannot hold. The
 * ceiling is a horizon ({@code accountability ceiling medium}) or a node id; with a node, the
 * results it leads to are above the ceiling.
 */
public final class CeilingOfAccountabilityRule implements Rule {
    @Override
    public Code code() {
        return Code.CLAIM_ABOVE_CEILING;
    }

    @Override
    public void check(RuleContext context) {
        Metadata metadata = context.theory().metadata();
        String ceiling = metadata.ceiling();
        if (ceiling == null) {
            return;
        }
        Horizon horizon = null;
        for (Horizon h : Horizon.values()) {
            if (h.words().contains(ceiling)) {
                horizon = h;
            }
        }
        Node ceilingNode = context.theory().nodes().get(ceiling);
        if (horizon == null && ceilingNode == null) {
            context.report(Diagnostic.of(Code.UNDEFINED_NAME, metadata.ceilingSpan(),
                            "the ceiling of accountability `" + ceiling + "` is neither a horizon nor a node")
                    .label("expected " + String.join(", ", java.util.Arrays.stream(Horizon.values()).map(Keyword::word).toList())
                            + " or a node id"));
            return;
        }
        int ceilingRank = horizon != null ? 2 + horizon.ordinal() : -1;
        Set<String> above = ceilingNode != null ? context.graph().downstreamOf(ceilingNode.id()) : Set.of();
        for (Node node : context.theory().nodes().values()) {
            boolean isAbove = ceilingNode != null ? above.contains(node.id()) && !node.id().equals(ceilingNode.id())
                    : node.rank() > ceilingRank;
            if (isAbove && node.owner() != null) {
                context.report(Diagnostic.of(code(), node.idSpan(),
                                "`" + node.id() + "` lies above the ceiling of accountability (" + ceiling + ") but is owned by `"
                                        + node.owner() + "`")
                        .label("a claim of accountability above the ceiling")
                        .help("above the ceiling, name contributors with `by` instead of an `owner`"));
            }
        }
    }
}
