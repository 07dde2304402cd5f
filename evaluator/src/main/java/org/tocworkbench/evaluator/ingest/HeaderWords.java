package org.tocworkbench.evaluator.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The header words that name a column's role when no mapping is given, in English, French and
 * Spanish as monitoring sheets write them, and those that mark a totals row. Compared after
 * {@link #normalise(String)}: case, accents and punctuation do not matter.
 */
public final class HeaderWords {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Role → header words, best first. Roles are those of a data binding, plus {@code period end}. */
    public static final Map<String, List<String>> ROLES = Map.of(
            "indicator", List.of("indicator id", "indicator code", "indicator ref", "indicator reference",
                    "indicator no", "indicator number", "indicator uid", "id", "code", "ref", "reference",
                    "dataelement", "data element", "data element id", "dataelelement", "indicateur id",
                    "code indicateur", "codigo", "codigo indicador", "id indicador"),
            "title", List.of("indicator", "indicators", "indicator name", "indicator title", "title", "name",
                    "data element name", "indicateur", "indicateurs", "nom", "indicador", "indicadores", "nombre"),
            "period", List.of("period", "reporting period", "period start date", "period start", "start date",
                    "date", "periods", "quarter", "month", "year", "reporting date", "date of report", "periode",
                    "periodo", "fecha", "trimestre", "mois", "mes", "annee", "ano"),
            "period end", List.of("period end date", "period end", "end date", "date fin", "fecha fin"),
            "value", List.of("value", "actual", "actual value", "actuals", "result", "results", "achieved",
                    "actual achievement", "achievement", "data value", "datavalue", "valeur", "resultat", "resultats", "realise", "valor",
                    "resultado", "real"),
            "disaggregation", List.of("disaggregation", "disaggregation value", "dimension value", "dimension 1 value",
                    "group", "subgroup", "population group", "category", "categoryoptioncombo",
                    "category option combo", "sex", "gender", "age group", "age", "region", "district", "province",
                    "location", "site", "orgunit", "org unit", "sexe", "sexo", "genre", "groupe", "grupo"),
            "comment", List.of("comment", "comments", "note", "notes", "remark", "remarks", "narrative",
                    "deviation narrative", "explanation", "observations", "actual comment", "commentaire",
                    "commentaires", "comentario", "comentarios", "observaciones"));

    /** The order in which roles claim columns. */
    public static final List<String> ROLE_ORDER = List.of("indicator", "title", "period", "period end", "value",
            "disaggregation", "comment");

    private static final Pattern TOTAL = Pattern.compile("(?:grand |sub ?|overall |general )?(?:totals?|sum|totaux|total general)(?: .{0,30})?");

    private HeaderWords() {
    }

    /** Lower case, accents removed, punctuation and runs of space made one space. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = NON_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return t.strip();
    }

    /**
     * How well a (normalised) header names a role: 0 for no, higher for better. An exact word beats a
     * header that starts with it ({@code Actual (number)}); earlier words beat later ones.
     */
    static int score(String role, String normalisedHeader) {
        List<String> words = ROLES.get(role);
        if (normalisedHeader.isEmpty() || words == null) {
            return 0;
        }
        int best = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (normalisedHeader.equals(word)) {
                best = Math.max(best, 2000 - i);
            } else if (word.length() >= 4 && normalisedHeader.startsWith(word + " ")
                    && normalisedHeader.length() <= word.length() + 20) {
                best = Math.max(best, 1000 - i);
            }
        }
        return best;
    }

    /** True for "Total", "Grand total", "Sub-total", "Totals (all districts)" and the like. */
    public static boolean isTotalsLabel(String text) {
        String t = normalise(text);
        return !t.isEmpty() && TOTAL.matcher(t).matches();
    }

    /** Disaggregation values that mean "no disaggregation": the total. */
    public static boolean isTotalGroup(String text) {
        String t = normalise(text);
        return t.isEmpty() || t.equals("total") || t.equals("all") || t.equals("overall") || t.equals("default")
                || t.equals("both sexes") || t.equals("tous") || t.equals("todos") || text.strip().equals("HllvX50cXC0");
    }
}
