package org.tocworkbench.evaluator.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.Observation;
import org.tocworkbench.evaluator.ingest.ObservationSink;

/**
 * Collects what importers read into compact per-indicator series, so that a sheet of a million
 * rows costs a few primitive arrays rather than a million objects: per indicator and group, the
 * period start and end as epoch days, the value, and the source cell packed in a {@code long}.
 * Cell text is kept only for values without a number (qualitative indicators).
 *
 * <p>Not thread-safe: one importer feeds it, then {@link #finish()} sorts the series, merges
 * repeated values and reports conflicting ones, and returns the immutable {@link ObservedData}.
 */
public final class SeriesStore implements ObservationSink {
    /** Issues kept in full; beyond this only their count per kind is kept. */
    public static final int DEFAULT_ISSUES_KEPT = 1_000;

    private final Map<String, Map<String, Builder>> series = new LinkedHashMap<>();
    private final IssueLog issues;
    private final List<CellOrigin> origins = new ArrayList<>();
    private final Map<CellOrigin, Integer> originIndex = new HashMap<>();
    private long observations;
    private final Map<String, Derivation> derivations = new LinkedHashMap<>();
    private boolean finished;
    /** Consecutive rows mostly share their indicator and group, and always their file and sheet. */
    private String lastIndicator;
    private String lastGroup;
    private Builder lastBuilder;
    private String lastFile;
    private String lastSheet;
    private int lastOrigin = -1;

    public SeriesStore() {
        this(DEFAULT_ISSUES_KEPT);
    }

    public SeriesStore(int issuesKept) {
        this.issues = new IssueLog(issuesKept);
    }

    @Override
    public void observation(Observation o) {
        if (finished) {
            throw new IllegalStateException("the store is finished");
        }
        observations++;
        String group = o.disaggregation() == null ? "" : o.disaggregation().trim();
        Builder builder;
        if (lastBuilder != null && o.indicatorId().equals(lastIndicator) && group.equals(lastGroup)) {
            builder = lastBuilder;
        } else {
            builder = series.computeIfAbsent(o.indicatorId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(group, Builder::new);
            lastIndicator = o.indicatorId();
            lastGroup = group;
            lastBuilder = builder;
        }
        builder.add((int) o.period().start().toEpochDay(), (int) o.period().end().toEpochDay(), o.value(),
                Double.isNaN(o.value()) ? o.text() : null, o.period().label(), pack(o.source()), o.comment());
    }

    @Override
    public void issue(DataIssue issue) {
        issues.add(issue);
    }

    /** How a computed indicator's values were made (docs/records.md); the values come as observations. */
    public void derivation(Derivation derivation) {
        derivations.put(derivation.indicatorId(), derivation);
    }

    @Override
    public void counted(DataIssue.Kind kind, String cause) {
        issues.count(kind, cause);
    }

    /** Observations received so far. */
    public long observationCount() {
        return observations;
    }

    /** Sorts and freezes the series; the store accepts nothing afterwards. */
    public ObservedData finish() {
        finished = true;
        Map<String, IndicatorSeries> frozen = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Builder>> e : series.entrySet()) {
            List<String> groups = new ArrayList<>(e.getValue().keySet());
            groups.sort((a, b) -> a.isEmpty() ? (b.isEmpty() ? 0 : -1) : b.isEmpty() ? 1 : a.compareTo(b));
            List<GroupSeries> built = new ArrayList<>();
            for (String group : groups) {
                built.add(e.getValue().get(group).build(e.getKey(), this));
            }
            frozen.put(e.getKey(), new IndicatorSeries(e.getKey(), built));
        }
        series.clear();
        lastBuilder = null;
        return new ObservedData(frozen, issues.snapshot(), observations, derivations);
    }

    // ---------------------------------------------------------------- source cells, packed

    private record CellOrigin(String file, String sheet) {
    }

    private static final long UNKNOWN = -1L;

    /** Source index (16 bits), column (16 bits), row (32 bits); {@link #UNKNOWN} when out of range. */
    private long pack(CellRef ref) {
        if (ref == null) {
            return UNKNOWN;
        }
        int index;
        if (lastOrigin >= 0 && java.util.Objects.equals(ref.file(), lastFile)
                && java.util.Objects.equals(ref.sheet(), lastSheet)) {
            index = lastOrigin;
        } else {
            CellOrigin origin = new CellOrigin(ref.file(), ref.sheet());
            Integer known = originIndex.get(origin);
            if (known == null) {
                known = origins.size();
                origins.add(origin);
                originIndex.put(origin, known);
            }
            index = known;
            lastFile = ref.file();
            lastSheet = ref.sheet();
            lastOrigin = index;
        }
        if (index > 0x7FFF || ref.column() < 0 || ref.column() > 0xFFFF || ref.row() < 0) {
            return UNKNOWN;
        }
        return ((long) index << 48) | ((long) ref.column() << 32) | (ref.row() & 0xFFFFFFFFL);
    }

    CellRef unpack(long packed) {
        if (packed == UNKNOWN) {
            return null;
        }
        CellOrigin origin = origins.get((int) (packed >>> 48));
        return new CellRef(origin.file(), origin.sheet(), (int) (packed & 0xFFFFFFFFL), (int) ((packed >>> 32) & 0xFFFF));
    }

    void reportDuplicate(DataIssue issue) {
        issues.add(issue);
    }

    // ---------------------------------------------------------------- growable columns

    /** The rows of one indicator and group, in arrival order, in growable primitive arrays. */
    private static final class Builder {
        private final String group;
        private int size;
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private double[] values = new double[8];
        private long[] cells = new long[8];
        private Map<Integer, String> texts;
        /** Comments are rare: kept by row index only where there is one. */
        private Map<Integer, String> comments;
        private Map<Long, String> labels;

        Builder(String group) {
            this.group = group;
        }

        void add(int start, int end, double value, String text, String label, long cell, String comment) {
            if (size == starts.length) {
                int capacity = size + (size >> 1);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                values = Arrays.copyOf(values, capacity);
                cells = Arrays.copyOf(cells, capacity);
            }
            starts[size] = start;
            ends[size] = end;
            values[size] = value;
            cells[size] = cell;
            if (text != null) {
                if (texts == null) {
                    texts = new HashMap<>();
                }
                texts.put(size, text);
            }
            if (comment != null && !comment.isEmpty()) {
                if (comments == null) {
                    comments = new HashMap<>();
                }
                comments.put(size, comment);
            }
            if (label != null && !label.isEmpty()) {
                if (labels == null) {
                    labels = new HashMap<>();
                }
                labels.putIfAbsent(periodKey(start, end), label);
            }
            size++;
        }

        private static long periodKey(int start, int end) {
            return ((long) start << 32) | (end & 0xFFFFFFFFL);
        }

        /**
         * Sorts by period (end, then start; arrival order for ties) and keeps one value per
         * period: a repeated equal value is merged, a different one is reported and left out
         * (the first one read wins, so the result does not depend on anything but the input).
         */
        GroupSeries build(String indicatorId, SeriesStore store) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> ends[a] != ends[b] ? Integer.compare(ends[a], ends[b])
                    : starts[a] != starts[b] ? Integer.compare(starts[a], starts[b]) : Integer.compare(a, b));
            int[] s = new int[size];
            int[] e = new int[size];
            double[] v = new double[size];
            long[] c = new long[size];
            String[] t = texts == null ? null : new String[size];
            String[] m = comments == null ? null : new String[size];
            String[] l = new String[size];
            int kept = 0;
            for (int k = 0; k < size; k++) {
                int i = order[k];
                if (kept > 0 && s[kept - 1] == starts[i] && e[kept - 1] == ends[i]) {
                    String previousText = t == null ? null : t[kept - 1];
                    String text = texts == null ? null : texts.get(i);
                    if (m != null && m[kept - 1] == null && comments.containsKey(i)) {
                        m[kept - 1] = comments.get(i);
                    }
                    if (!sameValue(v[kept - 1], values[i], previousText, text)) {
                        store.reportDuplicate(duplicate(indicatorId, store, c[kept - 1], cells[i], v[kept - 1],
                                previousText, values[i], text));
                    }
                    continue;
                }
                s[kept] = starts[i];
                e[kept] = ends[i];
                v[kept] = values[i];
                c[kept] = cells[i];
                if (t != null) {
                    t[kept] = texts.get(i);
                }
                if (m != null) {
                    m[kept] = comments.get(i);
                }
                l[kept] = labels == null ? null : labels.get(periodKey(starts[i], ends[i]));
                kept++;
            }
            return new GroupSeries(group, Arrays.copyOf(s, kept), Arrays.copyOf(e, kept), Arrays.copyOf(v, kept),
                    t == null ? null : Arrays.copyOf(t, kept), Arrays.copyOf(l, kept), Arrays.copyOf(c, kept),
                    m == null ? null : Arrays.copyOf(m, kept), store);
        }

        private static boolean sameValue(double a, double b, String textA, String textB) {
            if (Double.isNaN(a) && Double.isNaN(b)) {
                return String.valueOf(textA).trim().equalsIgnoreCase(String.valueOf(textB).trim());
            }
            return Double.compare(a, b) == 0 || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
        }

        private DataIssue duplicate(String indicatorId, SeriesStore store, long firstCell, long cell, double first,
                                    String firstText, double value, String text) {
            CellRef where = store.unpack(cell);
            CellRef kept = store.unpack(firstCell);
            String groupText = group.isEmpty() ? "" : " (" + group + ")";
            String message = "`" + indicatorId + "`" + groupText + " has two values for the same period: "
                    + show(value, text) + " here and " + show(first, firstText)
                    + (kept == null ? "" : " at " + kept.a1()) + "; the first one is used";
            return new DataIssue(where, DataIssue.Kind.DUPLICATE_VALUE, message);
        }

        private static String show(double value, String text) {
            if (Double.isNaN(value)) {
                return "\"" + text + "\"";
            }
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
        }
    }
}
