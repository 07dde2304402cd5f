package org.tocworkbench.evaluator.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.CodeMapping;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.IndicatorCode;
import org.tocworkbench.compiler.model.Theory;

/**
 * Finds the theory's indicator a cell names, for one import request, in this order: the code
 * table of the request's data block, the codes limited to the request's file, the codes that
 * hold in every file (codes compared trimmed and ignoring case), the id exactly, the id ignoring
 * case, and last the title ignoring case, accents and punctuation — reported, since titles drift.
 * A label that matches nothing is never guessed at: {@link #unknown} says what it is close to and
 * which line of the data block would match it.
 */
final class IndicatorMatcher {
    /** How a cell's text was matched, strongest first. */
    enum MatchedBy {
        /** A line of the data block's code table: {@code code "IND-7" is OC1_2}. */
        TABLE_CODE,
        /** A code limited to this file: {@code code "Ab3dE5fG7h9" in "hmis.csv"}. */
        FILE_CODE,
        /** A code that holds in every file: {@code code "1.2"}. */
        CODE,
        ID,
        ID_IGNORING_CASE,
        TITLE
    }

    /** A matched indicator with its position in the theory (used as a compact key). */
    record Match(Indicator indicator, int index, MatchedBy by) {
        boolean byTitle() {
            return by == MatchedBy.TITLE;
        }
    }

    /**
     * Why a label matched nothing, for the data issue.
     *
     * @param message the text: the label, what it is close to, and the line that would match it
     * @param hint    the short "did you mean" alone, or ""
     */
    record Unknown(String message, String hint) {
    }

    private static final Match NONE = new Match(null, -1, MatchedBy.ID);
    private static final int CACHE_LIMIT = 8192;
    private static final int SUGGESTIONS = 3;

    private final String fileName;
    private final Map<String, Match> byTableCode = new HashMap<>();
    private final Map<String, Match> byFileCode = new HashMap<>();
    private final Map<String, Match> byCode = new HashMap<>();
    private final Map<String, Match> byId = new HashMap<>();
    private final Map<String, Match> byLowerId = new HashMap<>();
    private final Map<String, Match> byTitle = new HashMap<>();
    private final List<Indicator> indicators = new ArrayList<>();
    /** Every code of the request (table, this file's, unscoped) → indicator id, for suggestions. */
    private final Map<String, String> codes = new LinkedHashMap<>();
    private final Map<String, Match> cache = new HashMap<>();
    /** What was said about each unknown label (the same label is often on many rows). */
    private final Map<String, Unknown> unknowns = new HashMap<>();
    /** The meaningful words of each indicator's title, in theory order; built on the first unknown label. */
    private List<Set<String>> titleWords;

    IndicatorMatcher(Theory theory, ImportRequest request) {
        this.fileName = request.fileName();
        String path = request.file().toAbsolutePath().normalize().toString();
        Map<String, Match> byIdentity = new HashMap<>();
        int index = 0;
        for (Indicator indicator : theory.indicators().values()) {
            Match match = new Match(indicator, index++, MatchedBy.ID);
            byIdentity.put(indicator.id(), match);
            indicators.add(indicator);
            byId.put(indicator.id(), match);
            byLowerId.putIfAbsent(lower(indicator.id()), as(match, MatchedBy.ID_IGNORING_CASE));
            if (indicator.title() != null && !indicator.title().isBlank()) {
                byTitle.putIfAbsent(HeaderWords.normalise(indicator.title()), as(match, MatchedBy.TITLE));
            }
            for (IndicatorCode code : indicator.codes()) {
                if (!code.scoped()) {
                    byCode.putIfAbsent(IndicatorCode.key(code.code()), as(match, MatchedBy.CODE));
                } else if (code.appliesTo(path)) {
                    byFileCode.putIfAbsent(IndicatorCode.key(code.code()), as(match, MatchedBy.FILE_CODE));
                } else {
                    continue;
                }
                codes.putIfAbsent(code.code(), indicator.id());
            }
        }
        for (CodeMapping mapping : request.codes()) {
            Match match = byIdentity.get(mapping.indicator());
            if (match != null) {
                byTableCode.putIfAbsent(IndicatorCode.key(mapping.code()), as(match, MatchedBy.TABLE_CODE));
                codes.putIfAbsent(mapping.code(), mapping.indicator());
            }
        }
    }

    private static Match as(Match match, MatchedBy by) {
        return new Match(match.indicator(), match.index(), by);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    int size() {
        return indicators.size();
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
        String key = IndicatorCode.key(text);
        Match match = byTableCode.get(key);
        if (match == null) {
            match = byFileCode.get(key);
        }
        if (match == null) {
            match = byCode.get(key);
        }
        if (match == null) {
            match = byId.get(text);
        }
        if (match == null) {
            match = byLowerId.get(lower(text));
        }
        if (match == null) {
            match = byTitle.get(HeaderWords.normalise(text));
        }
        return match == null ? NONE : match;
    }

    /**
     * What to say about a label that names no indicator: the closest ids, codes and titles (a
     * misspelt id or code, or a title sharing most of its words), and the code-table line that
     * would match the label to the closest indicator.
     */
    Unknown unknown(String label) {
        String text = label.strip();
        Unknown known = unknowns.get(text);
        if (known == null) {
            known = describeUnknown(text);
            if (unknowns.size() >= CACHE_LIMIT) {
                unknowns.clear();
            }
            unknowns.put(text, known);
        }
        return known;
    }

    private Unknown describeUnknown(String text) {
        List<String> shown = new ArrayList<>();
        Set<String> suggested = new LinkedHashSet<>();
        Optional<String> closeName = text.length() <= 64
                ? Suggestions.closest(text, namesAndCodes()) : Optional.empty();
        if (closeName.isPresent()) {
            String name = closeName.get();
            String id = codes.getOrDefault(name, name);
            suggested.add(id);
            shown.add(id.equals(name) ? "`" + name + "`" : "`" + name + "` (code of `" + id + "`)");
        }
        if (text.length() <= 200) {
            for (Indicator indicator : closeTitles(text)) {
                if (suggested.size() >= SUGGESTIONS) {
                    break;
                }
                if (suggested.add(indicator.id())) {
                    shown.add("`" + indicator.id() + "` (\"" + shorten(indicator.title(), 60) + "\")");
                }
            }
        }
        String quoted = "\"" + shorten(text, 80) + "\"";
        StringBuilder message = new StringBuilder(quoted).append(" is not an indicator of the theory");
        String hint = "";
        if (!shown.isEmpty()) {
            hint = "did you mean " + String.join(" or ", shown) + "?";
            message.append("; ").append(hint);
        }
        if (text.length() <= 200) {
            String id = suggested.isEmpty() ? "ID" : suggested.iterator().next();
            message.append(suggested.isEmpty() ? "; if the rows measure one, add" : " If so, add")
                    .append(" `code \"").append(escape(text)).append("\" is ").append(id)
                    .append("` to the data block of \"").append(fileName).append('"');
        }
        return new Unknown(message.toString(), hint);
    }

    private List<String> namesAndCodes() {
        List<String> names = new ArrayList<>(codes.keySet());
        indicators.forEach(i -> names.add(i.id()));
        return names;
    }

    /**
     * Titles that share most of the label's words (Dice coefficient of their word sets at least
     * one half, best first), or that are a plausible misspelling of it.
     */
    private List<Indicator> closeTitles(String label) {
        Set<String> words = words(label);
        if (titleWords == null) {
            titleWords = indicators.stream().map(i -> words(i.title())).toList();
        }
        List<Indicator> close = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Set<String> title = titleWords.get(i);
            if (words.isEmpty() || title.isEmpty()) {
                continue;
            }
            long shared = words.stream().filter(title::contains).count();
            double score = 2.0 * shared / (words.size() + title.size());
            if (score >= 0.5) {
                int at = 0;
                while (at < scores.size() && scores.get(at) >= score) {
                    at++;
                }
                scores.add(at, score);
                close.add(at, indicator);
            }
        }
        if (close.isEmpty()) {
            Map<String, Indicator> byTitleText = new LinkedHashMap<>();
            indicators.forEach(i -> byTitleText.putIfAbsent(i.title(), i));
            Suggestions.closest(label, byTitleText.keySet()).map(byTitleText::get).ifPresent(close::add);
        }
        return close;
    }

    /** The words of a label or title that carry meaning: normalised, without the commonest small words. */
    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : HeaderWords.normalise(text).split(" ")) {
            if (!word.isEmpty() && !SMALL_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "with", "and", "or", "by", "from", "de", "des", "du", "la", "le", "les", "et", "el", "los", "las", "y",
            "en", "con", "por", "para");

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 3) + "…" : text;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
