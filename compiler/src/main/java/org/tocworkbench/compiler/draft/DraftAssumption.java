package org.tocworkbench.compiler.draft;

import java.util.Optional;

/**
 * An assumption of an imported theory.
 *
 * @param result the result it belongs to, or empty when the source gives it no home
 */
public record DraftAssumption(String id, String text, Optional<String> result) {
}
