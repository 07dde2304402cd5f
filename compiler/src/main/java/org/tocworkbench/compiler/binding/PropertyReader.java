package org.tocworkbench.compiler.binding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.Keyword;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.syntax.Ast;

/**
 * Reads the properties of one block: the single value of a property (reporting repeats), all
 * values of a repeatable one, enumerated words (with "did you mean"), dates and function tags.
 */
final class PropertyReader {
    /** A block has a handful of properties: a scan of the list costs less than building a map per block. */
    private final List<Ast.Prop> props;
    private java.util.Set<String> repeatsReported;
    private final Diagnostics diagnostics;

    PropertyReader(List<Ast.Prop> props, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.props = props;
    }

    /** The property given once; a repeat is reported and the last one wins, as in most config formats. */
    Optional<Ast.Prop> single(String key) {
        Ast.Prop last = null;
        boolean repeated = false;
        for (Ast.Prop prop : props) {
            if (prop.key().equals(key)) {
                repeated |= last != null;
                last = prop;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        if (repeated && reportRepeatsOnce(key)) {
            List<Ast.Prop> list = all(key);
            for (int i = 1; i < list.size(); i++) {
                Ast.Prop repeat = list.get(i);
                diagnostics.add(Diagnostic.of(Code.REPEATED_PROPERTY, repeat.keySpan(), "`" + key + "` is given more than once")
                        .label("this one replaces the one on line " + list.get(i - 1).span().line())
                        .help("keep one `" + key + "`")
                        .build());
            }
        }
        return Optional.of(last);
    }

    private boolean reportRepeatsOnce(String key) {
        if (repeatsReported == null) {
            repeatsReported = new java.util.HashSet<>();
        }
        return repeatsReported.add(key);
    }

    List<Ast.Prop> all(String key) {
        List<Ast.Prop> found = null;
        for (Ast.Prop prop : props) {
            if (prop.key().equals(key)) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(prop);
            }
        }
        return found == null ? List.of() : found;
    }

    boolean has(String key) {
        for (Ast.Prop prop : props) {
            if (prop.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    Optional<String> text(String key) {
        return single(key).flatMap(p -> p.args().isEmpty() ? Optional.empty() : Optional.of(argText(p.args().get(0))));
    }

    Optional<Ast.Name> name(String key) {
        return single(key).flatMap(p -> firstName(p));
    }

    private static Optional<Ast.Name> firstName(Ast.Prop p) {
        return p.args().isEmpty() || !(p.args().get(0) instanceof Ast.Name n) ? Optional.empty() : Optional.of(n);
    }

    static String argText(Ast.Arg arg) {
        if (arg instanceof Ast.Text t) {
            return t.value();
        }
        return arg instanceof Ast.Num n ? n.text() : arg.display();
    }

    /** Names listed by every occurrence of a property ({@code by A, B} twice adds up). */
    List<Ast.Name> names(String key) {
        List<Ast.Name> names = new ArrayList<>();
        for (Ast.Prop p : all(key)) {
            for (Ast.Arg arg : p.args()) {
                if (arg instanceof Ast.Name n) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    <E extends Enum<E> & Keyword> E keyword(String key, Class<E> type, String what) {
        return name(key).map(n -> keyword(n, type, what, diagnostics)).orElse(null);
    }

    /** The enumerated value a word stands for, or null after reporting an unknown word. */
    static <E extends Enum<E> & Keyword> E keyword(Ast.Name word, Class<E> type, String what, Diagnostics diagnostics) {
        for (E value : type.getEnumConstants()) {
            if (value.words().contains(word.text())) {
                return value;
            }
        }
        List<String> all = Arrays.stream(type.getEnumConstants()).flatMap(v -> v.words().stream()).toList();
        List<String> canonical = Arrays.stream(type.getEnumConstants()).map(Keyword::word).toList();
        Diagnostic.Builder builder = Diagnostic.of(Code.INVALID_VALUE, word.span(),
                        "unknown " + what + " `" + word.text() + "`")
                .label("expected one of " + String.join(", ", canonical));
        Suggestions.closest(word.text(), all).ifPresent(builder::suggest);
        diagnostics.add(builder.build());
        return null;
    }

    /** Reads a date literal, reporting one that is not a real date (e.g. {@code 2026-13}). */
    static PeriodDate date(Ast.Arg arg, Diagnostics diagnostics) {
        String text = argText(arg);
        Optional<PeriodDate> date = PeriodDate.parse(text);
        if (date.isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.INVALID_DATE, arg.span(), "`" + text + "` is not a date")
                    .label(text.matches("\\d{4}(-Q\\d|-\\d{2}(-\\d{2})?)?") ? "no such quarter, month or day"
                            : "not a form of date the language reads")
                    .help("write a date as `2026`, `2026-Q2`, `2026-06` or `2026-06-30`")
                    .build());
            return null;
        }
        return date.get();
    }

    /** Function tags from every {@code functions} property; unknown ones reported (TOC104) and left out. */
    List<NetworkFunction> functions() {
        return functions("functions");
    }

    /** Function tags from every occurrence of a property that lists them ({@code serves}, {@code primary functions}). */
    List<NetworkFunction> functions(String key) {
        List<NetworkFunction> functions = new ArrayList<>();
        for (Ast.Name name : names(key)) {
            NetworkFunction found = null;
            for (NetworkFunction f : NetworkFunction.values()) {
                if (f.words().contains(name.text())) {
                    found = f;
                }
            }
            if (found == null) {
                List<String> words = Arrays.stream(NetworkFunction.values()).flatMap(f -> f.words().stream()).toList();
                Diagnostic.Builder builder = Diagnostic.of(Code.UNKNOWN_FUNCTION, name.span(),
                                "unknown network or organisational function `" + name.text() + "`")
                        .label("not one of the functions the workbench knows")
                        .note("network functions: " + String.join(", ", Arrays.stream(NetworkFunction.values())
                                .filter(NetworkFunction::isNetworkFunction).map(Keyword::word).toList()))
                        .note("organisational functions: " + String.join(", ", Arrays.stream(NetworkFunction.values())
                                .filter(f -> !f.isNetworkFunction()).map(Keyword::word).toList()));
                Suggestions.closest(name.text(), words).ifPresent(builder::suggest);
                diagnostics.add(builder.build());
            } else if (!functions.contains(found)) {
                functions.add(found);
            }
        }
        return functions;
    }
}
