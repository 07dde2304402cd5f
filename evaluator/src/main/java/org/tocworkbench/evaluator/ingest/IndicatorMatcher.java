package org.tocworkbench.evaluator.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Theory;

/**
 * Finds the theory's indicator a cell names: by id exactly, then by id ignoring case, then by
 * title (ignoring case, accents and punctuation) — the last is reported, since titles drift.
 */
final class IndicatorMatcher {
    /** A matched indicator with its position in the theory (used as a compact key). */
    record Match(Indicator indicator, int index, boolean byTitle) {
    }

    private static final Match NONE = new Match(null, -1, false);
    private static final int CACHE_LIMIT = 8192;

    private final Map<String, Match> byId = new HashMap<>();
    private final Map<String, Match> byLowerId = new HashMap<>();
    private final Map<String, Match> byTitle = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final Map<String, Match> cache = new HashMap<>();

    IndicatorMatcher(Theory theory) {
        int index = 0;
        for (Indicator indicator : theory.indicators().values()) {
            Match match = new Match(indicator, index++, false);
            byId.put(indicator.id(), match);
            byLowerId.putIfAbsent(indicator.id().toLowerCase(Locale.ROOT), match);
            ids.add(indicator.id());
            if (indicator.title() != null && !indicator.title().isBlank()) {
                byTitle.putIfAbsent(HeaderWords.normalise(indicator.title()), new Match(indicator, match.index(), true));
                titles.add(indicator.title());
            }
        }
    }

    int size() {
        return ids.size();
    }

    /** The indicator named by {@code text}, or null. */
    Match match(String text) {
        Match cached = cache.get(text);
        if (cached == null) {
            cached = find(text.strip());
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(text, cached);
        }
        return cached == NONE ? null : cached;
    }

    int cacheSize() {
        return cache.size();
    }

    private Match find(String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        Match match = byId.get(text);
        if (match == null) {
            match = byLowerId.get(text.toLowerCase(Locale.ROOT));
        }
        if (match == null) {
            match = byTitle.get(HeaderWords.normalise(text));
        }
        return match == null ? NONE : match;
    }

    /** "did you mean `x`?" for an unknown indicator, or "". */
    String suggestion(String text) {
        String t = text.strip();
        Optional<String> id = t.length() <= 64 ? Suggestions.closest(t, ids) : Optional.empty();
        if (id.isPresent()) {
            return "; did you mean `" + id.get() + "`?";
        }
        Optional<String> title = t.length() <= 200 ? Suggestions.closest(t, titles) : Optional.empty();
        return title.map(s -> "; did you mean \"" + s + "\"?").orElse("");
    }
}
