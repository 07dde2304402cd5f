import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a realistic, valid theory of change of N nodes for benchmarks.
 *
 * <p>Run with no build step: {@code java bench/GenerateToc.java 10000 bench/generated/toc-10000.toc}.
 *
 * <p>The theory is layered like a real one: activities → outputs → short → medium → long-term
 * outcomes → one impact. Every node has one "primary" link to the next layer (so everything
 * reaches the impact) and about half the nodes have one more link forward, mostly to a
 * neighbouring result of the same workstream and sometimes across the theory, for about 1.5
 * links per node. Outputs and outcomes carry indicators (about one per node overall) with a
 * baseline, a target and milestones; actors contribute with {@code by}; assumptions rest on
 * annotated links; a handful of pathways is declared, so that none has to be derived. The output
 * is deterministic for a given N and seed, and {@code toc check} finds no problem in it.
 */
public final class GenerateToc {
    private static final String[] VERBS = {"Train", "Convene", "Fund", "Publish", "Coordinate", "Map", "Pilot",
            "Advocate for", "Mentor", "Equip", "Survey", "Facilitate", "Broker", "Document", "Host"};
    private static final String[] WHO = {"community health workers", "district officials", "member organisations",
            "youth groups", "women's cooperatives", "local journalists", "school teachers", "farmer associations",
            "county planners", "faith leaders", "midwives", "water committees", "small businesses", "researchers"};
    private static final String[] PLACES = {"in the northern districts", "across the coastal region", "in three pilot towns",
            "in the capital", "along the river basin", "in informal settlements", "in highland villages",
            "in border counties", "nationally", "in refugee-hosting areas"};
    private static final String[] OUTPUT_NOUNS = {"trained staff", "published briefs", "functioning referral desks",
            "signed partnership agreements", "community scorecards", "learning events held", "grants disbursed",
            "data dashboards", "policy submissions", "peer-exchange visits"};
    private static final String[] CHANGES = {"use of maternal health services", "trust between members",
            "quality of local data", "budget allocation for water", "girls' school attendance",
            "uptake of climate-smart practices", "coordination between service providers", "public support for reform",
            "access to legal aid", "household food security", "women's voice in local councils",
            "capacity of member organisations"};
    private static final String[] MOVES = {"increases", "improves", "is sustained", "is strengthened", "expands"};
    private static final String[] FUNCTIONS = {"advocacy", "capacity-building", "information-sharing",
            "service-coordination", "knowledge-generation", "community-building", "field-building"};
    private static final String[] SOURCES = {"Annual member survey", "District health information system",
            "Partner activity reports", "Household panel survey", "Budget tracking study", "Training records"};
    private static final String[] FREQUENCIES = {"annual", "quarterly", "biannual", "monthly"};

    /** Layers from the bottom of the results chain up; the impact is the last, alone. */
    private static final String[] KINDS = {"activity", "output", "outcome", "outcome", "outcome", "impact"};
    private static final String[] PREFIX = {"A", "P", "OS", "OM", "OL", "I"};
    private static final String[] HORIZON = {null, null, "short", "medium", "long", null};
    private static final double[] SHARE = {0.35, 0.30, 0.15, 0.12, 0.08};

    private final int n;
    private final Random random;
    private final List<List<String>> layers = new ArrayList<>();
    private final Map<String, Integer> layerOf = new LinkedHashMap<>();
    private final Map<String, List<String>> primaryFrom = new LinkedHashMap<>();
    private final Set<String> linkKeys = new HashSet<>();
    private final List<String[]> primaryLinks = new ArrayList<>();
    private final List<String[]> extraLinks = new ArrayList<>();
    private final Map<String, List<String>> actorsOf = new LinkedHashMap<>();
    private final List<String> actors = new ArrayList<>();
    private int indicatorCount;

    private GenerateToc(int n, long seed) {
        this.n = n;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/GenerateToc.java NODES OUTPUT.toc [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
        if (n < 20) {
            System.err.println("at least 20 nodes");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240630L + n;
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        GenerateToc generator = new GenerateToc(n, seed);
        generator.plan();
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            generator.write(w);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.err.printf("%s: %,d nodes, %,d links, %,d indicators, %,d actors, %,d bytes%n", out, n,
                generator.linkKeys.size(), generator.indicatorCount, generator.actors.size(), Files.size(out));
    }

    // ------------------------------------------------------------------ the shape

    private void plan() {
        int rest = n - 1;
        int[] sizes = new int[6];
        int used = 0;
        for (int k = 4; k >= 1; k--) {
            sizes[k] = Math.max(2, (int) Math.round(rest * SHARE[k]));
            used += sizes[k];
        }
        sizes[0] = rest - used;
        sizes[5] = 1;
        for (int k = 0; k < 6; k++) {
            List<String> layer = new ArrayList<>();
            for (int i = 1; i <= sizes[k]; i++) {
                String id = k == 5 ? "I" : PREFIX[k] + i;
                layer.add(id);
                layerOf.put(id, k);
            }
            layers.add(layer);
        }
        // Primary links: node i of a layer leads to the result at the same relative position in the
        // next layer, so each result is reached (layers shrink upwards) and workstreams stay together.
        for (int k = 0; k < 5; k++) {
            List<String> from = layers.get(k);
            List<String> to = layers.get(k + 1);
            for (int i = 0; i < from.size(); i++) {
                String target = to.get((int) ((long) i * to.size() / from.size()));
                addLink(from.get(i), target, primaryLinks);
                primaryFrom.computeIfAbsent(from.get(i), x -> new ArrayList<>()).add(target);
            }
        }
        // Extra links, about one for every second node: forward one layer (sometimes two), to a
        // neighbour in the same workstream, or now and then anywhere in the next layer.
        int extras = (int) Math.round(n * 0.5);
        int attempts = 0;
        while (extraLinks.size() < extras && attempts++ < extras * 20) {
            int k = pickLayer();
            List<String> from = layers.get(k);
            int i = random.nextInt(from.size());
            int toLayer = Math.min(5, k + (random.nextInt(6) == 0 && k < 4 ? 2 : 1));
            List<String> to = layers.get(toLayer);
            int j;
            if (random.nextInt(20) == 0) {
                j = random.nextInt(to.size());
            } else {
                int centre = (int) ((long) i * to.size() / from.size());
                j = Math.floorMod(centre + random.nextInt(7) - 3, to.size());
            }
            addLink(from.get(i), to.get(j), extraLinks);
        }
        // Actors: a backbone team, members, partners and a funder, each contributing somewhere.
        int actorCount = Math.max(4, Math.min(200, n / 50));
        for (int a = 1; a <= actorCount; a++) {
            actors.add("ORG" + a);
        }
        int next = 0;
        for (int k = 0; k < 5; k++) {
            for (String id : layers.get(k)) {
                if (random.nextInt(10) < 8 || next < actorCount) {
                    List<String> by = new ArrayList<>();
                    by.add(actors.get(next < actorCount ? next++ : random.nextInt(actorCount)));
                    if (random.nextInt(4) == 0) {
                        String second = actors.get(random.nextInt(actorCount));
                        if (!by.contains(second)) {
                            by.add(second);
                        }
                    }
                    actorsOf.put(id, by);
                }
            }
        }
    }

    /** A source layer weighted by the layer sizes, the long-term outcomes excluded (they lead only to the impact). */
    private int pickLayer() {
        int total = 0;
        for (int k = 0; k < 4; k++) {
            total += layers.get(k).size();
        }
        int r = random.nextInt(total);
        for (int k = 0; k < 4; k++) {
            r -= layers.get(k).size();
            if (r < 0) {
                return k;
            }
        }
        return 3;
    }

    private void addLink(String from, String to, List<String[]> into) {
        if (linkKeys.add(from + " -> " + to)) {
            into.add(new String[] {from, to});
        }
    }

    // ------------------------------------------------------------------ the text

    private void write(BufferedWriter w) throws IOException {
        int assumptionCount = Math.max(2, n / 25);
        w.write("# Generated by bench/GenerateToc.java for benchmarks: " + n + " nodes. Do not edit.\n\n");
        w.write("theory \"Regional health and livelihoods network (" + n + " nodes)\" {\n");
        w.write("  version \"1.0\"\n  authors \"Benchmark generator\"\n");
        w.write("  period 2024 to 2030\n  as of 2026-06-30\n  accountability ceiling medium\n");
        w.write("  description \"A synthetic but realistic network theory of change.\"\n}\n\n");

        for (int a = 0; a < actors.size(); a++) {
            String role = a == 0 ? "backbone" : a == actors.size() - 1 ? "funder" : a % 7 == 3 ? "partner" : "member";
            w.write("actor " + actors.get(a) + " \"" + organisation(a) + "\" role " + role);
            if (a % 5 == 0) {
                w.write(" {\n  functions " + FUNCTIONS[a % FUNCTIONS.length] + "\n}");
            }
            w.write("\n");
        }
        w.write("\n");

        for (int k = 5; k >= 0; k--) {
            w.write("# " + (k == 5 ? "impact" : HORIZON[k] != null ? HORIZON[k] + "-term outcomes" : KINDS[k] + "s") + "\n");
            for (String id : layers.get(k)) {
                writeNode(w, k, id, assumptionCount);
            }
            w.write("\n");
        }

        w.write("# assumptions\n");
        for (int a = 1; a <= assumptionCount; a++) {
            writeAssumption(w, a);
        }
        w.write("\n# links\n");
        writeLinks(w, assumptionCount);
        w.write("\n# pathways\n");
        writePathways(w);
    }

    private void writeNode(BufferedWriter w, int k, String id, int assumptionCount) throws IOException {
        w.write(KINDS[k] + " " + id + " \"" + title(k) + "\"");
        if (HORIZON[k] != null) {
            w.write(" horizon " + HORIZON[k]);
        }
        List<String> by = actorsOf.get(id);
        if (by != null) {
            w.write(" by " + String.join(", ", by));
        }
        List<String> props = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            props.add("description \"" + sentence() + "\"");
        }
        if (k <= 1 && by != null && random.nextInt(8) == 0) {
            props.add("owner " + by.get(0));
        }
        if (random.nextInt(12) == 0) {
            props.add("functions " + FUNCTIONS[random.nextInt(FUNCTIONS.length)]);
        }
        if (k >= 2 && k <= 4 && random.nextInt(30) == 0) {
            props.add("assumes AS" + (1 + random.nextInt(assumptionCount)));
        }
        int indicators = switch (k) {
            case 0 -> random.nextInt(10) == 0 ? 1 : 0;
            case 1 -> 1;
            case 5 -> 2;
            default -> 1 + (random.nextInt(10) < 7 ? 1 : 0);
        };
        List<String> standalone = new ArrayList<>();
        for (int i = 1; i <= indicators; i++) {
            String indicator = indicator(id + "_" + i, id, i == 2 && k >= 2);
            if (i == 2) {
                standalone.add(indicator);
            } else {
                props.add(indicator.replace("\n", "\n  "));
            }
        }
        if (props.isEmpty()) {
            w.write("\n");
        } else {
            w.write(" {\n  " + String.join("\n  ", props) + "\n}\n");
        }
        for (String s : standalone) {
            w.write(s + "\n");
        }
    }

    /** An indicator with a baseline, a target and zero to two milestones, all inside the period. */
    private String indicator(String id, String subject, boolean standalone) {
        indicatorCount++;
        StringBuilder b = new StringBuilder();
        int style = random.nextInt(10);
        b.append("indicator ").append(id).append(" \"").append(indicatorTitle(style)).append("\"");
        if (standalone) {
            b.append(" for ").append(subject);
        }
        b.append(" {\n");
        int baselineYear = 2024;
        int targetYear = 2027 + random.nextInt(4);
        String baselineDate = switch (random.nextInt(3)) {
            case 0 -> "2024";
            case 1 -> "2024-03";
            default -> "2024-Q1";
        };
        int milestones = random.nextInt(3);
        if (style < 5) {
            int baseline = random.nextInt(50);
            int target = baseline + 10 + random.nextInt(200);
            b.append("  unit count\n  baseline ").append(baseline).append(" at ").append(baselineDate).append('\n');
            appendMilestones(b, baseline, target, milestones, baselineYear, targetYear, "");
            b.append("  target ").append(target).append(" by ").append(targetYear).append('\n');
        } else if (style < 8) {
            int baseline = 5 + random.nextInt(40);
            int target = baseline + 5 + random.nextInt(45);
            b.append("  unit percent\n  direction increase\n  baseline ").append(baseline).append("% at ")
                    .append(baselineDate).append('\n');
            appendMilestones(b, baseline, target, milestones, baselineYear, targetYear, "%");
            b.append("  target ").append(target).append("% by ").append(targetYear).append('\n');
        } else {
            int baseline = 30 + random.nextInt(60);
            int target = baseline - 5 - random.nextInt(25);
            b.append("  unit percent\n  direction decrease\n  baseline ").append(baseline).append("% at ")
                    .append(baselineDate).append('\n');
            appendMilestones(b, baseline, target, milestones, baselineYear, targetYear, "%");
            b.append("  target ").append(target).append("% by ").append(targetYear).append('\n');
        }
        if (random.nextInt(3) == 0) {
            b.append("  disaggregate by sex, region\n");
        }
        b.append("  source \"").append(SOURCES[random.nextInt(SOURCES.length)]).append("\"\n");
        b.append("  frequency ").append(FREQUENCIES[random.nextInt(FREQUENCIES.length)]).append('\n');
        b.append("}");
        return b.toString();
    }

    private void appendMilestones(StringBuilder b, int baseline, int target, int count, int fromYear, int toYear,
                                  String suffix) {
        int span = toYear - fromYear;
        for (int m = 1; m <= count && m < span; m++) {
            int year = fromYear + m;
            int value = baseline + (target - baseline) * m / (count + 1);
            String date = random.nextBoolean() ? String.valueOf(year) : year + "-Q" + (1 + random.nextInt(4));
            b.append("  milestone ").append(value).append(suffix).append(" by ").append(date).append('\n');
        }
    }

    private void writeAssumption(BufferedWriter w, int a) throws IOException {
        String risk = a % 5 == 0 ? "high" : a % 2 == 0 ? "medium" : "low";
        w.write("assumption AS" + a + " \"" + capitalise(CHANGES[a % CHANGES.length]) + " "
                + MOVES[a % MOVES.length] + " when " + WHO[a % WHO.length] + " take part\"");
        if (risk.equals("low") && a % 3 == 0) {
            w.write(" {\n  risk low\n}\n");
            return;
        }
        String status = a % 11 == 0 ? "contested" : "supported";
        w.write(" {\n  risk " + risk + "\n  status " + status + "\n  evidence \""
                + SOURCES[a % SOURCES.length] + "\" date " + (2023 + a % 3) + " note \"" + sentence() + "\"\n}\n");
    }

    /**
     * Writes every link once: a few activity chains up to the impact, fan-ins for the primary links
     * left, and the extra links one a line; every twelfth statement carries a rationale and an
     * assumption, so that every assumption is used.
     */
    private void writeLinks(BufferedWriter w, int assumptionCount) throws IOException {
        Set<String> written = new HashSet<>();
        int annotated = 0;
        int statement = 0;
        List<String> activities = layers.get(0);
        for (int i = 0; i < activities.size(); i += 25) {
            List<String> chain = new ArrayList<>();
            String at = activities.get(i);
            chain.add(at);
            while (primaryFrom.containsKey(at)) {
                String up = primaryFrom.get(at).get(0);
                if (!written.add(at + " -> " + up)) {
                    break;
                }
                chain.add(up);
                at = up;
            }
            if (chain.size() > 1) {
                w.write(String.join(" -> ", chain) + "\n");
                statement++;
            }
        }
        Map<String, List<String>> fanIn = new LinkedHashMap<>();
        for (String[] link : primaryLinks) {
            if (!written.contains(link[0] + " -> " + link[1])) {
                fanIn.computeIfAbsent(link[1], x -> new ArrayList<>()).add(link[0]);
            }
        }
        for (Map.Entry<String, List<String>> e : fanIn.entrySet()) {
            List<String> sources = e.getValue();
            for (int from = 0; from < sources.size(); from += 4) {
                List<String> group = sources.subList(from, Math.min(sources.size(), from + 4));
                w.write(String.join(", ", group) + " -> " + e.getKey());
                statement++;
                if (statement % 12 == 0 || annotated < assumptionCount && statement % 3 == 0) {
                    w.write(linkBlock(annotated++, assumptionCount));
                }
                w.write("\n");
                group.forEach(s -> written.add(s + " -> " + e.getKey()));
            }
        }
        for (String[] link : extraLinks) {
            w.write(link[0] + " -> " + link[1]);
            statement++;
            if (statement % 12 == 0 || annotated < assumptionCount && statement % 3 == 0) {
                w.write(linkBlock(annotated++, assumptionCount));
            }
            w.write("\n");
        }
        if (annotated < assumptionCount) {
            throw new IllegalStateException("too few link statements for the assumptions");
        }
    }

    private String linkBlock(int index, int assumptionCount) {
        String assumes = "AS" + (1 + index % assumptionCount);
        if (index < assumptionCount && index + assumptionCount / 2 < assumptionCount && index % 4 == 0) {
            assumes += ", AS" + (1 + (index + assumptionCount / 2) % assumptionCount);
        }
        String kind = index % 3 == 0 ? "\n  kind contributory" : index % 3 == 1 ? "\n  kind necessary" : "";
        String strength = index % 4 == 0 ? "\n  strength medium" : "";
        return " {\n  rationale \"" + sentence() + "\"" + kind + strength + "\n  assumes " + assumes + "\n}";
    }

    /** Chains along primary links from spread-out activities to the impact, each carried by two actors or more. */
    private void writePathways(BufferedWriter w) throws IOException {
        int count = n <= 100 ? 3 : n <= 5_000 ? 5 : 8;
        List<String> activities = layers.get(0);
        Set<String> titles = new LinkedHashSet<>();
        int p = 0;
        for (int i = 0; i < activities.size() && p < count; i += Math.max(1, activities.size() / count)) {
            List<String> chain = new ArrayList<>();
            Set<String> carriers = new HashSet<>();
            String at = activities.get(i);
            chain.add(at);
            while (primaryFrom.containsKey(at)) {
                carriers.addAll(actorsOf.getOrDefault(at, List.of()));
                at = primaryFrom.get(at).get(0);
                chain.add(at);
            }
            if (carriers.size() < 2) {
                continue;
            }
            String change = CHANGES[p % CHANGES.length];
            String title = capitalise(change) + " route " + (p + 1);
            if (!titles.add(title)) {
                continue;
            }
            p++;
            w.write("pathway \"" + title + "\" {\n  " + String.join(" -> ", chain) + "\n  functions "
                    + FUNCTIONS[p % FUNCTIONS.length] + "\n}\n");
        }
    }

    // ------------------------------------------------------------------ words

    private String title(int k) {
        return switch (k) {
            case 0 -> VERBS[random.nextInt(VERBS.length)] + " " + WHO[random.nextInt(WHO.length)] + " "
                    + PLACES[random.nextInt(PLACES.length)];
            case 1 -> capitalise(OUTPUT_NOUNS[random.nextInt(OUTPUT_NOUNS.length)]) + " for "
                    + WHO[random.nextInt(WHO.length)] + " " + PLACES[random.nextInt(PLACES.length)];
            case 5 -> "Communities in the region live healthier, more secure lives";
            default -> capitalise(CHANGES[random.nextInt(CHANGES.length)]) + " "
                    + MOVES[random.nextInt(MOVES.length)] + " " + PLACES[random.nextInt(PLACES.length)];
        };
    }

    private String indicatorTitle(int style) {
        String who = WHO[random.nextInt(WHO.length)];
        if (style < 5) {
            return "Number of " + who + " reached " + PLACES[random.nextInt(PLACES.length)];
        }
        return style < 8 ? "Share of " + who + " reporting improved practice"
                : "Share of households without " + (random.nextBoolean() ? "safe water" : "a skilled birth attendant");
    }

    private String sentence() {
        return capitalise(WHO[random.nextInt(WHO.length)]) + " who take part pass on what they learn, and "
                + CHANGES[random.nextInt(CHANGES.length)] + " follows " + PLACES[random.nextInt(PLACES.length)] + ".";
    }

    private static String organisation(int a) {
        if (a == 0) {
            return "Network secretariat";
        }
        String[] kinds = {"Health Alliance", "Rural Trust", "Women's Forum", "Youth Coalition", "Policy Institute",
                "Water Partnership", "Legal Aid Society", "Farmers' Union"};
        return kinds[a % kinds.length] + " " + (a / kinds.length + 1);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
