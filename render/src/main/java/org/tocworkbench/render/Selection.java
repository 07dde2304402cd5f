package org.tocworkbench.render;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a view puts in focus: node ids, link keys ("A -> B"), the nodes to emphasise (an actor's
 * own results, the centre of a neighbourhood) and a caption for the title block. The rest of
 * the theory is context, greyed or hidden.
 */
public record Selection(Set<String> nodes, Set<String> links, Set<String> emphasised, String caption) {
    public Selection {
        nodes = Collections.unmodifiableSet(new LinkedHashSet<>(nodes));
        links = Collections.unmodifiableSet(new LinkedHashSet<>(links));
        emphasised = Collections.unmodifiableSet(new LinkedHashSet<>(emphasised));
        caption = caption == null ? "" : caption;
    }
}
