package org.tocworkbench.lsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.tocworkbench.compiler.model.ActorRole;
import org.tocworkbench.compiler.model.BackboneRole;
import org.tocworkbench.compiler.model.Aggregation;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.EvidenceStatus;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.compiler.model.GrowthPeriod;
import org.tocworkbench.compiler.model.Horizon;
import org.tocworkbench.compiler.model.Keyword;
import org.tocworkbench.compiler.model.Layout;
import org.tocworkbench.compiler.model.Level;
import org.tocworkbench.compiler.model.LinkKind;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.OrganisationType;
import org.tocworkbench.compiler.model.StructureKind;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.grammar.TocLexer;

/**
 * What may be typed at the cursor: the keywords of the block it is in, the enumerated values a
 * property takes (read from the model's enums), and declared identifiers where a property names
 * one. The text before the cursor is lexed, so strings and comments are told apart from code.
 */
final class Completions {
    /** Which block the cursor is in, found from the keyword that opened it. */
    private enum Block { TOP, THEORY, ACTOR, STRUCTURE, NODE, INDICATOR, ASSUMPTION, LINK, PATHWAY, DATA, RECORDS, CHANGES }

    private static final Set<Integer> NODE_KINDS = Set.of(TocLexer.IMPACT, TocLexer.GOAL, TocLexer.OUTCOME,
            TocLexer.OUTPUT, TocLexer.ACTIVITY, TocLexer.INTERVENTION, TocLexer.PRECONDITION);

    private static final Map<Block, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put(Block.TOP, words(TocLexer.IMPORT, TocLexer.THEORY, TocLexer.ACTOR, TocLexer.IMPACT, TocLexer.GOAL,
                TocLexer.OUTCOME, TocLexer.OUTPUT, TocLexer.ACTIVITY, TocLexer.INTERVENTION, TocLexer.PRECONDITION,
                TocLexer.INDICATOR, TocLexer.ASSUMPTION, TocLexer.PATHWAY, TocLexer.DATA, TocLexer.TRANSITION,
                TocLexer.RECORDS, TocLexer.STRUCTURE));
        List<String> theory = new ArrayList<>(words(TocLexer.VERSION, TocLexer.AUTHORS, TocLexer.PERIOD, TocLexer.DESCRIPTION,
                TocLexer.POINT));
        theory.add(word(TocLexer.CHANGES));
        theory.add(word(TocLexer.AS) + " " + word(TocLexer.OF));
        theory.add(word(TocLexer.ACCOUNTABILITY) + " " + word(TocLexer.CEILING));
        theory.add(word(TocLexer.PRIMARY) + " " + word(TocLexer.FUNCTIONS));
        theory.add(word(TocLexer.SECONDARY) + " " + word(TocLexer.FUNCTIONS));
        theory.add(word(TocLexer.BACKBONE) + " " + word(TocLexer.PLAYS));
        theory.add(word(TocLexer.IDENTIFIER));
        theory.add(word(TocLexer.REPORTING) + " " + word(TocLexer.ORG));
        KEYWORDS.put(Block.THEORY, theory);
        List<String> actor = new ArrayList<>(words(TocLexer.ROLE, TocLexer.DESCRIPTION, TocLexer.FUNCTIONS,
                TocLexer.KIND, TocLexer.PLAYS, TocLexer.POSITION));
        actor.add(word(TocLexer.PRIMARY) + " " + word(TocLexer.FUNCTIONS));
        actor.add(word(TocLexer.SECONDARY) + " " + word(TocLexer.FUNCTIONS));
        KEYWORDS.put(Block.ACTOR, actor);
        KEYWORDS.put(Block.STRUCTURE, words(TocLexer.KIND, TocLexer.SERVES, TocLexer.MEMBERS, TocLexer.DESCRIPTION,
                TocLexer.FUNCTIONS));
        List<String> node = new ArrayList<>(words(TocLexer.DESCRIPTION, TocLexer.HORIZON, TocLexer.BY, TocLexer.OWNER,
                TocLexer.FUNCTIONS, TocLexer.ASSUMES, TocLexer.INDICATOR, TocLexer.ASSUMPTION, TocLexer.LABEL));
        node.add(word(TocLexer.BACKBONE) + " " + word(TocLexer.PLAYS));
        KEYWORDS.put(Block.NODE, node);
        List<String> indicator = new ArrayList<>(words(TocLexer.DESCRIPTION, TocLexer.UNIT, TocLexer.DIRECTION,
                TocLexer.BASELINE, TocLexer.TARGET, TocLexer.MILESTONE, TocLexer.AGGREGATION, TocLexer.CUMULATIVE,
                TocLexer.SNAPSHOT, TocLexer.SOURCE, TocLexer.FREQUENCY, TocLexer.RESPONSIBLE, TocLexer.DEFINITION,
                TocLexer.THRESHOLD, TocLexer.METHOD, TocLexer.CODE,
                TocLexer.GROWTH, TocLexer.POPULATION, TocLexer.PART));
        indicator.add(word(TocLexer.DISAGGREGATE) + " " + word(TocLexer.BY));
        indicator.addAll(words(TocLexer.COMPUTE, TocLexer.WHERE, TocLexer.AMONG, TocLexer.EACH));
        KEYWORDS.put(Block.INDICATOR, indicator);
        KEYWORDS.put(Block.ASSUMPTION, words(TocLexer.DESCRIPTION, TocLexer.RISK, TocLexer.STATUS, TocLexer.EVIDENCE,
                TocLexer.INDICATOR));
        KEYWORDS.put(Block.LINK, words(TocLexer.RATIONALE, TocLexer.KIND, TocLexer.STRENGTH, TocLexer.ASSUMES,
                TocLexer.FEEDBACK, TocLexer.INFERRED));
        KEYWORDS.put(Block.PATHWAY, words(TocLexer.MEMBERS, TocLexer.DESCRIPTION, TocLexer.FUNCTIONS));
        List<String> data = new ArrayList<>(words(TocLexer.FILE, TocLexer.SHEET, TocLexer.LAYOUT, TocLexer.DECIMAL,
                TocLexer.CODE));
        data.add(word(TocLexer.HEADER) + " " + word(TocLexer.ROW));
        data.add(word(TocLexer.PERIOD) + " " + word(TocLexer.COLUMNS));
        data.add(word(TocLexer.FISCAL) + " " + word(TocLexer.YEAR) + " " + word(TocLexer.STARTS));
        KEYWORDS.put(Block.DATA, data);
        List<String> records = new ArrayList<>(words(TocLexer.FILE, TocLexer.SHEET, TocLexer.EXCLUDE, TocLexer.QUERY,
                TocLexer.DECIMAL));
        records.add(word(TocLexer.JOIN) + " " + word(TocLexer.SHEET));
        records.add(word(TocLexer.DATE) + " " + word(TocLexer.COLUMN));
        records.add(word(TocLexer.FISCAL) + " " + word(TocLexer.YEAR) + " " + word(TocLexer.STARTS));
        KEYWORDS.put(Block.RECORDS, records);
        KEYWORDS.put(Block.CHANGES, words(TocLexer.LEVEL, TocLexer.BECAUSE));
    }

    private final Theory theory;

    Completions(Theory theory) {
        this.theory = theory;
    }

    List<CompletionItem> at(SourceFile source, int offset) {
        String text = source.text();
        int start = offset;
        while (start > 0 && isIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, offset);
        List<Token> tokens = new ArrayList<>();
        TocLexer lexer = new TocLexer(CharStreams.fromString(text.substring(0, start)));
        lexer.removeErrorListeners();
        Token last = null;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            last = t;
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(t);
            }
        }
        if (last != null && insideStringOrComment(last)) {
            return List.of();
        }
        Range range = new Range(position(source, start), position(source, offset));
        List<CompletionItem> items = new ArrayList<>();
        suggest(tokens, items, range);
        String lower = prefix.toLowerCase(Locale.ROOT);
        return items.stream().filter(i -> i.getLabel().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
    }

    private void suggest(List<Token> tokens, List<CompletionItem> items, Range range) {
        Block block = block(tokens);
        int i = tokens.size() - 1;
        while (i >= 1 && tokens.get(i).getType() == TocLexer.COMMA && isName(tokens.get(i - 1))) {
            i -= 2;
            if (i >= 0 && tokens.get(i).getType() != TocLexer.COMMA) {
                break;
            }
        }
        int type = i >= 0 ? tokens.get(i).getType() : -1;
        boolean afterList = i < tokens.size() - 1;
        switch (type) {
            case TocLexer.HORIZON -> values(Horizon.values(), items, range);
            case TocLexer.UNIT -> values(UnitKind.values(), items, range);
            case TocLexer.DIRECTION -> values(Direction.values(), items, range);
            case TocLexer.RISK, TocLexer.STRENGTH -> values(Level.values(), items, range);
            case TocLexer.STATUS -> values(EvidenceStatus.values(), items, range);
            case TocLexer.FUNCTIONS, TocLexer.SERVES -> values(NetworkFunction.values(), items, range);
            case TocLexer.KIND -> {
                if (block == Block.STRUCTURE || startsWith(tokens, i, TocLexer.STRUCTURE)) {
                    values(StructureKind.values(), items, range);
                } else if (block == Block.ACTOR) {
                    memberKinds(items, range);
                } else {
                    values(LinkKind.values(), items, range);
                }
            }
            case TocLexer.PLAYS -> roles(items, range);
            case TocLexer.BACKBONE -> {
                if (block == Block.NODE) {
                    items.add(item(word(TocLexer.PLAYS), CompletionItemKind.Keyword, "keyword", range));
                    backbones(items, range);
                }
            }
            case TocLexer.FREQUENCY -> values(Frequency.values(), items, range);
            case TocLexer.AGGREGATION -> values(Aggregation.values(), items, range);
            case TocLexer.ROLE -> values(ActorRole.values(), items, range);
            case TocLexer.LAYOUT -> values(Layout.values(), items, range);
            case TocLexer.PER -> values(GrowthPeriod.values(), items, range);
            case TocLexer.LEVEL -> values(org.tocworkbench.compiler.model.ChangeLevel.values(), items, range);
            case TocLexer.TYPE -> {
                if (block == Block.THEORY) {
                    values(OrganisationType.values(), items, range);
                }
            }
            case TocLexer.REPORTING -> {
                if (block == Block.THEORY) {
                    items.add(item(word(TocLexer.ORG), CompletionItemKind.Keyword, "keyword", range));
                }
            }
            case TocLexer.AT, TocLexer.DATE -> dates(items, range, block != Block.THEORY);
            case TocLexer.COMPUTE -> values(org.tocworkbench.compiler.model.Computation.Measure.values(), items, range);
            case TocLexer.EACH -> values(org.tocworkbench.compiler.model.Computation.Bucket.values(), items, range);
            case TocLexer.FROM -> theory.records().keySet()
                    .forEach(id -> items.add(item(id, CompletionItemKind.Reference, "records", range)));
            case TocLexer.CEILING -> {
                values(Horizon.values(), items, range);
                nodes(items, range);
            }
            case TocLexer.BY -> {
                boolean date = i >= 2 && (tokens.get(i - 2).getType() == TocLexer.TARGET
                        || tokens.get(i - 2).getType() == TocLexer.MILESTONE);
                boolean disaggregation = i >= 1 && tokens.get(i - 1).getType() == TocLexer.DISAGGREGATE;
                if (date) {
                    dates(items, range, true);
                } else if (!disaggregation) {
                    actors(items, range);
                }
            }
            case TocLexer.OWNER, TocLexer.RESPONSIBLE -> actors(items, range);
            case TocLexer.ASSUMES -> assumptions(items, range);
            case TocLexer.FOR -> {
                nodes(items, range);
                assumptions(items, range);
            }
            case TocLexer.MEMBERS -> {
                if (block == Block.STRUCTURE) {
                    actors(items, range);
                } else {
                    nodes(items, range);
                }
            }
            case TocLexer.ARROW -> {
                if (inTransition(tokens, i)) {
                    kinds(items, range);
                }
                nodes(items, range);
            }
            case TocLexer.TRANSITION -> {
                kinds(items, range);
                nodes(items, range);
            }
            case TocLexer.IS -> {
                if (block == Block.DATA) {
                    indicators(items, range);
                }
            }
            default -> {
                if (afterList && (block == Block.TOP || block == Block.PATHWAY)) {
                    nodes(items, range);
                    return;
                }
                if (type == TocLexer.STRING && block == Block.THEORY && afterReportingOrg(tokens, i)) {
                    items.add(item(word(TocLexer.TYPE), CompletionItemKind.Keyword, "the IATI organisation type", range));
                }
                keywords(KEYWORDS.get(block), items, range);
                if (block == Block.TOP || block == Block.PATHWAY) {
                    nodes(items, range);
                }
            }
        }
    }

    /** The innermost open block: the last structural keyword before its brace, or a link when there is none. */
    private static Block block(List<Token> tokens) {
        List<Block> stack = new ArrayList<>();
        int statementStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == TocLexer.LBRACE) {
                stack.add(opener(tokens, statementStart, i));
                statementStart = i + 1;
            } else if (type == TocLexer.RBRACE) {
                if (!stack.isEmpty()) {
                    stack.remove(stack.size() - 1);
                }
                statementStart = i + 1;
            }
        }
        return stack.isEmpty() ? Block.TOP : stack.get(stack.size() - 1);
    }

    private static Block opener(List<Token> tokens, int from, int brace) {
        for (int i = brace - 1; i >= from; i--) {
            int type = tokens.get(i).getType();
            if (NODE_KINDS.contains(type)) {
                return Block.NODE;
            }
            switch (type) {
                case TocLexer.THEORY -> {
                    return Block.THEORY;
                }
                case TocLexer.ACTOR -> {
                    return Block.ACTOR;
                }
                case TocLexer.STRUCTURE -> {
                    return Block.STRUCTURE;
                }
                case TocLexer.INDICATOR, TocLexer.PART -> {
                    return Block.INDICATOR;
                }
                case TocLexer.ASSUMPTION -> {
                    return Block.ASSUMPTION;
                }
                case TocLexer.PATHWAY -> {
                    return Block.PATHWAY;
                }
                case TocLexer.DATA -> {
                    return Block.DATA;
                }
                case TocLexer.RECORDS -> {
                    return Block.RECORDS;
                }
                case TocLexer.CHANGES -> {
                    return Block.CHANGES;
                }
                default -> {
                }
            }
        }
        return Block.LINK;
    }

    /** Whether the token at {@code at} belongs to a {@code transition} statement (it follows one on its statement). */
    private static boolean inTransition(List<Token> tokens, int at) {
        for (int i = at; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == TocLexer.TRANSITION) {
                return true;
            }
            if (type != TocLexer.ARROW && type != TocLexer.COMMA && !isName(tokens.get(i)) && !NODE_KINDS.contains(type)) {
                return false;
            }
        }
        return false;
    }

    /** The node kinds, for the ends of a transition. */
    private static void kinds(List<CompletionItem> items, Range range) {
        for (int type : List.of(TocLexer.ACTIVITY, TocLexer.OUTPUT, TocLexer.OUTCOME, TocLexer.PRECONDITION,
                TocLexer.IMPACT)) {
            items.add(item(word(type), CompletionItemKind.Keyword, "every " + word(type), range));
        }
    }

    private static boolean insideStringOrComment(Token last) {
        int type = last.getType();
        return type == TocLexer.UNTERMINATED_STRING || type == TocLexer.UNTERMINATED_COMMENT
                || type == TocLexer.LINE_COMMENT;
    }

    private static boolean isName(Token token) {
        return token.getType() == TocLexer.IDENT || (token.getType() >= TocLexer.VERSION && token.getType() <= TocLexer.DECIMAL);
    }

    /** The string just typed is the ref or the name of a {@code reporting org}: its {@code type} may follow. */
    private static boolean afterReportingOrg(List<Token> tokens, int i) {
        int before = i - 1;
        if (before >= 0 && tokens.get(before).getType() == TocLexer.STRING) {
            before--;
        }
        return before >= 1 && tokens.get(before).getType() == TocLexer.ORG
                && tokens.get(before - 1).getType() == TocLexer.REPORTING;
    }

    private static void values(Keyword[] values, List<CompletionItem> items, Range range) {
        for (Keyword value : values) {
            List<String> aliases = value.words().subList(1, value.words().size());
            String detail = value instanceof NetworkFunction f ? f.label()
                    : value instanceof OrganisationType t ? t.code() + " " + t.label()
                    : ((Enum<?>) value).name().toLowerCase(Locale.ROOT);
            if (!aliases.isEmpty()) {
                detail += " (also " + String.join(", ", aliases) + ")";
            }
            items.add(item(value.word(), CompletionItemKind.EnumMember, detail, range));
        }
    }

    private static void keywords(List<String> words, List<CompletionItem> items, Range range) {
        words.forEach(w -> items.add(item(w, CompletionItemKind.Keyword, "keyword", range)));
    }

    private void nodes(List<CompletionItem> items, Range range) {
        if (theory != null) {
            theory.nodes().values().forEach(n -> items.add(item(n.id(), CompletionItemKind.Class,
                    n.keyword() + " — " + n.title(), range)));
        }
    }

    /** Dates by name: the theory's evaluation points (unless the date is a point's own), {@code start} and {@code end}. */
    private void dates(List<CompletionItem> items, Range range, boolean points) {
        if (theory != null && points) {
            theory.metadata().points().forEach(p -> items.add(item(p.name(), CompletionItemKind.Constant,
                    "evaluation point — " + p.display() + ", " + p.date().describe(), range)));
        }
        items.add(item("start", CompletionItemKind.Constant, "the first day of the theory's period", range));
        items.add(item("end", CompletionItemKind.Constant, "the last day of the theory's period", range));
        items.add(item("year", CompletionItemKind.Constant, "year N: the end of project year N", range));
    }

    private void actors(List<CompletionItem> items, Range range) {
        if (theory != null) {
            theory.actors().values().forEach(a -> items.add(item(a.id(), CompletionItemKind.Module,
                    "actor — " + a.name(), range)));
        }
    }

    /** The backbone roles: the five, then those the theory names ({@code backbone plays weaver}). */
    private void roles(List<CompletionItem> items, Range range) {
        List<String> roles = theory != null ? theory.network().roles() : BackboneRole.known();
        roles.forEach(r -> items.add(item(r, CompletionItemKind.EnumMember,
                BackboneRole.known().contains(r) ? "backbone role" : "backbone role this network names", range)));
    }

    private void backbones(List<CompletionItem> items, Range range) {
        if (theory != null) {
            theory.actors().values().stream().filter(a -> a.backbone()).forEach(a -> items.add(item(a.id(),
                    CompletionItemKind.Module, "backbone actor — " + a.name(), range)));
        }
    }

    /** The kinds of organisation other actors already say they are ({@code kind federation}). */
    private void memberKinds(List<CompletionItem> items, Range range) {
        if (theory != null) {
            theory.actors().values().stream().flatMap(a -> a.kind().stream()).distinct()
                    .forEach(k -> items.add(item(k, CompletionItemKind.Value, "kind of organisation", range)));
        }
    }

    /** Whether the statement holding the token at {@code at} starts with a token of this type. */
    private static boolean startsWith(List<Token> tokens, int at, int type) {
        int i = at;
        while (i > 0 && tokens.get(i - 1).getType() != TocLexer.LBRACE && tokens.get(i - 1).getType() != TocLexer.RBRACE) {
            i--;
        }
        for (int k = i; k <= at; k++) {
            if (tokens.get(k).getType() == type) {
                return true;
            }
        }
        return false;
    }

    private void indicators(List<CompletionItem> items, Range range) {
        if (theory != null) {
            theory.indicators().values().forEach(i -> items.add(item(i.id(), CompletionItemKind.Property,
                    "indicator — " + i.title(), range)));
        }
    }

    private void assumptions(List<CompletionItem> items, Range range) {
        if (theory != null) {
            theory.assumptions().values().forEach(a -> items.add(item(a.id(), CompletionItemKind.Property,
                    "assumption — " + a.text(), range)));
        }
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail, Range range) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setDetail(detail);
        item.setTextEdit(Either.forLeft(new TextEdit(range, label)));
        return item;
    }

    private static List<String> words(int... types) {
        List<String> out = new ArrayList<>();
        for (int type : types) {
            out.add(word(type));
        }
        return out;
    }

    /** A keyword as the grammar spells it. */
    private static String word(int type) {
        String literal = TocLexer.VOCABULARY.getLiteralName(type);
        return literal.substring(1, literal.length() - 1);
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static Position position(SourceFile source, int offset) {
        return new Position(source.lineOf(offset) - 1, source.columnOf(offset) - 1);
    }
}
