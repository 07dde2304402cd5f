package org.tocworkbench.compiler.draft;

import java.util.Optional;

/**
 * A link of an imported theory.
 *
 * @param inferred why the link was added when the source implies it without stating it; empty for a stated link
 */
public record DraftLink(String from, String to, Optional<String> inferred) {
}
