package org.tocworkbench.evaluator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.EvidenceStatus;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.NetworkPurpose;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.NetworkLens;
import org.tocworkbench.evaluator.progress.Rollup;
import org.tocworkbench.evaluator.progress.Status;

/**
 * The report's network section (docs/network.md), laid out once in words and tables so that the
 * terminal, HTML, Markdown and Excel writers show the same thing: headings, findings in the words
 * a network's MEL lead would use, and tables whose cells may carry a status.
 */
final class NetworkSection {
    static final String TITLE = "Network lens";

    sealed interface Block permits Heading, Findings, Table {
    }

    /** A sub-heading. */
    record Heading(String text) implements Block {
    }

    /** Sentences, each a finding (a bullet in Markdown and HTML, a line on the terminal). */
    record Findings(List<String> sentences) implements Block {
        Findings {
            sentences = List.copyOf(sentences);
        }
    }

    /** A table: its header and rows of cells. */
    record Table(List<String> header, List<List<Cell>> rows) implements Block {
        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A cell: its text, and the status it shows (a coloured badge in HTML), if any. */
    record Cell(String text, Optional<Status> status) {
        static Cell of(String text) {
            return new Cell(text, Optional.empty());
        }
    }

    private NetworkSection() {
    }

    /** The section, or nothing when the theory has neither actors nor functions to read. */
    static List<Block> of(Evaluation e) {
        NetworkLens lens = e.network();
        if (lens.empty()) {
            return List.of();
        }
        Theory theory = e.theory();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Findings(headline(theory, lens)));
        functions(blocks, theory, lens);
        actors(blocks, lens);
        backbone(blocks, theory, lens);
        diversity(blocks, theory, lens);
        structures(blocks, theory, lens);
        learning(blocks, theory, lens);
        return blocks;
    }

    // ------------------------------------------------------------------ headline findings

    private static List<String> headline(Theory theory, NetworkLens lens) {
        List<String> out = new ArrayList<>();
        NetworkPurpose purpose = lens.purpose();
        if (purpose.declared()) {
            List<String> primary = new ArrayList<>();
            for (NetworkFunction f : purpose.primary()) {
                NetworkLens.FunctionRow row = row(lens, f);
                primary.add(f.label() + " (" + servedBy(row, lens) + ")");
            }
            if (!primary.isEmpty()) {
                out.add("The network's primary functions: " + String.join("; ", primary) + ".");
            }
            if (!purpose.secondary().isEmpty()) {
                out.add("Secondary functions: " + String.join(", ",
                        purpose.secondary().stream().map(NetworkFunction::label).toList()) + ".");
            }
        } else {
            out.add("The theory declares no primary or secondary functions; the functions reported are those its "
                    + "results and pathways are tagged with.");
        }
        NetworkLens.BackboneDependency b = lens.backbone();
        if (!b.backboneActors().isEmpty() && !b.results().isEmpty()) {
            String backbone = names(theory, b.backboneActors());
            out.add("The backbone, " + backbone + ", alone delivers " + of(b.backboneOnly().size(), b.results().size(), "results")
                    + " that name who delivers them"
                    + (b.networkFunctionOnly().isEmpty() ? ", none of them a network function"
                    : ", " + b.networkFunctionOnly().size() + " of them serving a network function ("
                    + String.join(", ", b.networkFunctionOnly()) + ")")
                    + "; " + b.pathwaysWithABackboneLink() + " of " + b.pathways().size()
                    + " pathways would break if the backbone faltered.");
        }
        long thin = lens.diversity().stream().filter(d -> d.members().size() <= 1).count();
        if (!lens.diversity().isEmpty() && lens.diversity().get(0).totalMembers() > 0) {
            out.add(thin == 0 ? "Every pathway draws on at least two member organisations."
                    : thin + " of " + lens.diversity().size() + " pathways draw on one member organisation or none.");
        }
        NetworkLens.Learning learning = lens.learning();
        if (!learning.changed().isEmpty()) {
            out.add(learning.changed().size() + (learning.changed().size() == 1 ? " assumption was" : " assumptions were")
                    + " contested or refuted since " + sinceText(learning) + ": "
                    + String.join(", ", learning.changed().stream().map(NetworkLens.Changed::assumptionId).toList()) + ".");
        }
        return out;
    }

    private static String servedBy(NetworkLens.FunctionRow row, NetworkLens lens) {
        if (row == null || row.overall().nodes().isEmpty()) {
            return "served by no result";
        }
        return row.cells().size() + " of " + lens.pathways().size() + " pathways, " + row.overall().status().label();
    }

    private static NetworkLens.FunctionRow row(NetworkLens lens, NetworkFunction f) {
        return lens.functions().stream().filter(r -> r.function() == f).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ matrices

    private static void functions(List<Block> blocks, Theory theory, NetworkLens lens) {
        blocks.add(new Heading("Functions across pathways"));
        if (lens.functions().isEmpty()) {
            blocks.add(new Findings(List.of("No result or pathway is tagged with a function.")));
            return;
        }
        List<String> header = new ArrayList<>(List.of("Function", "Rank"));
        lens.pathways().forEach(p -> header.add(p.title()));
        header.add("All results");
        List<List<Cell>> rows = new ArrayList<>();
        for (NetworkLens.FunctionRow row : lens.functions()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(row.function().label()), Cell.of(row.rank())));
            lens.pathways().forEach(p -> cells.add(cell(row.cells().get(p.id()))));
            cells.add(row.overall().nodes().isEmpty() ? Cell.of("served by no result") : cell(row.overall()));
            rows.add(cells);
        }
        blocks.add(new Table(header, rows));
    }

    private static void actors(List<Block> blocks, NetworkLens lens) {
        blocks.add(new Heading("Who carries each pathway"));
        if (lens.actors().isEmpty()) {
            blocks.add(new Findings(List.of("No result names who delivers it (`by`, `owner`).")));
            return;
        }
        List<String> header = new ArrayList<>(List.of("Actor", "Role"));
        lens.pathways().forEach(p -> header.add(p.title()));
        List<List<Cell>> rows = new ArrayList<>();
        for (NetworkLens.ActorRow row : lens.actors()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(row.name() + " (" + row.actorId() + ")"), Cell.of(row.role())));
            lens.pathways().forEach(p -> cells.add(cell(row.cells().get(p.id()))));
            rows.add(cells);
        }
        blocks.add(new Table(header, rows));
    }

    /** "on track · 3 results", or a dash when the cell is empty. */
    private static Cell cell(Rollup r) {
        if (r == null || r.nodes().isEmpty()) {
            return Cell.of(Format.NONE);
        }
        String progress = Double.isNaN(r.progress()) ? "" : " · " + Format.percent(r.progress());
        return new Cell(r.status().label() + progress + " · " + Format.count(r.nodes().size(), "result"),
                Optional.of(r.status()));
    }

    // ------------------------------------------------------------------ backbone

    private static void backbone(List<Block> blocks, Theory theory, NetworkLens lens) {
        NetworkLens.BackboneDependency b = lens.backbone();
        blocks.add(new Heading("What rests on the backbone"));
        if (b.backboneActors().isEmpty()) {
            blocks.add(new Findings(List.of("No actor has `role backbone`: backbone dependency cannot be read.")));
            return;
        }
        String backbone = names(theory, b.backboneActors());
        List<String> findings = new ArrayList<>();
        findings.add("Results: " + of(b.backboneOnly().size(), b.results().size(), "results")
                + " that name who delivers them rest on the backbone, " + backbone + ", alone"
                + list(b.backboneOnly()) + ".");
        findings.add("Network-function results only the backbone delivers: "
                + (b.networkFunctionOnly().isEmpty() ? "none" : String.join(", ", b.networkFunctionOnly())) + ".");
        List<String> links = b.pathways().stream().filter(p -> !p.backboneOnly().isEmpty())
                .map(p -> title(lens, p.pathwayId()) + " (" + String.join(", ", p.backboneOnly()) + ")").toList();
        findings.add("Pathways: " + b.pathwaysOnBackboneAlone() + " of " + b.pathways().size()
                + " rest on the backbone alone; " + b.pathwaysWithABackboneLink() + " have a result only the backbone delivers"
                + (links.isEmpty() ? "" : ": " + String.join("; ", links)) + ".");
        findings.add("Indicators: " + of(b.backboneOnlyIndicators().size(), b.indicators().size(), "indicators")
                + " of those results measure results only the backbone delivers" + list(b.backboneOnlyIndicators()) + "; "
                + String.join(" and ", b.backboneActors()) + " report" + (b.backboneActors().size() == 1 ? "s " : " ") + b.reportedByBackbone().size() + " of the " + b.allIndicators() + " indicators.");
        blocks.add(new Findings(findings));
        if (!b.roles().isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (NetworkLens.RolePlayed role : b.roles()) {
                rows.add(List.of(Cell.of(role.role()), Cell.of(String.join(", ", role.results().nodes())),
                        cell(role.results())));
            }
            blocks.add(new Table(List.of("Backbone role", "Played for", "Status of those results"), rows));
        }
    }

    // ------------------------------------------------------------------ diversity

    private static void diversity(List<Block> blocks, Theory theory, NetworkLens lens) {
        blocks.add(new Heading("Diversity behind each pathway"));
        List<List<Cell>> rows = new ArrayList<>();
        for (NetworkLens.Diversity d : lens.diversity()) {
            String kinds = String.join(", ", d.kinds())
                    + (d.unkinded().isEmpty() ? "" : (d.kinds().isEmpty() ? "" : "; ") + d.unkinded().size() + " not said");
            rows.add(List.of(Cell.of(title(lens, d.pathwayId())),
                    Cell.of(d.members().size() + " of " + d.totalMembers()
                            + (d.members().isEmpty() ? "" : ": " + String.join(", ", d.members()))),
                    Cell.of(kinds.isEmpty() ? Format.NONE : kinds),
                    Cell.of(d.structures().isEmpty() ? Format.NONE : String.join(", ", d.structures())),
                    Cell.of(d.others().isEmpty() ? Format.NONE : String.join(", ", d.others()))));
        }
        blocks.add(new Table(List.of("Pathway", "Members contributing", "Kinds of member", "Through structures",
                "Partners and funders"), rows));
    }

    // ------------------------------------------------------------------ structures

    private static void structures(List<Block> blocks, Theory theory, NetworkLens lens) {
        if (lens.structures().isEmpty()) {
            return;
        }
        blocks.add(new Heading("Structures"));
        List<List<Cell>> rows = new ArrayList<>();
        for (NetworkLens.StructureRow s : lens.structures()) {
            rows.add(List.of(Cell.of(s.name() + " (" + s.actorId() + ")"), Cell.of(s.kind().isEmpty() ? Format.NONE : s.kind()),
                    Cell.of(s.serves().isEmpty() ? Format.NONE
                            : String.join(", ", s.serves().stream().map(NetworkFunction::word).toList())),
                    Cell.of(s.members().isEmpty() ? Format.NONE : String.join(", ", s.members())),
                    Cell.of(s.results().nodes().isEmpty() ? "none" : String.join(", ", s.results().nodes())),
                    s.results().nodes().isEmpty() ? Cell.of(Format.NONE) : cell(s.results())));
        }
        blocks.add(new Table(List.of("Structure", "Kind", "Serves", "Members", "Results it serves", "Status"), rows));
    }

    // ------------------------------------------------------------------ learning

    private static void learning(List<Block> blocks, Theory theory, NetworkLens lens) {
        NetworkLens.Learning learning = lens.learning();
        if (theory.assumptions().isEmpty()) {
            return;
        }
        blocks.add(new Heading("Learning: what the evidence on assumptions says"));
        List<String> header = new ArrayList<>(List.of("Evidence status"));
        learning.timeline().forEach(t -> header.add(t.date().toString()));
        List<List<Cell>> rows = new ArrayList<>();
        for (EvidenceStatus s : EvidenceStatus.values()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(s.word())));
            learning.timeline().forEach(t -> row.add(Cell.of(Integer.toString(t.counts().getOrDefault(s, 0)))));
            rows.add(row);
        }
        blocks.add(new Table(header, rows));
        List<String> findings = new ArrayList<>();
        findings.add("An assumption counts as untested until the date of its first dated evidence, then at the status "
                + "the theory gives it (the theory records one status, not its history).");
        if (learning.changed().isEmpty()) {
            findings.add("No assumption was contested or refuted by evidence dated since " + sinceText(learning) + ".");
        } else {
            for (NetworkLens.Changed c : learning.changed()) {
                findings.add(c.assumptionId() + " \"" + c.text() + "\" is " + c.status().word() + " since "
                        + sinceText(learning) + "; latest evidence, " + c.evidenceDate() + ": " + c.evidence());
            }
        }
        if (!learning.undated().isEmpty()) {
            findings.add("Evidence without a date, left out of the timeline's changes: " + String.join(", ", learning.undated()) + ".");
        }
        blocks.add(new Findings(findings));
    }

    private static String sinceText(NetworkLens.Learning learning) {
        return learning.since().map(d -> learning.sinceLabel() + " (" + d + ")").orElse("the theory began");
    }

    // ------------------------------------------------------------------ words

    /** "2 (6%) of the 32 results". */
    private static String of(int part, int whole, String noun) {
        return whole == 0 ? "none of the 0 " + noun
                : part + " (" + Math.round(100.0 * part / whole) + "%) of the " + whole + " " + noun;
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "" : ": " + String.join(", ", ids);
    }

    private static String title(NetworkLens lens, String pathwayId) {
        return lens.pathways().stream().filter(p -> p.id().equals(pathwayId)).map(NetworkLens.Column::title)
                .findFirst().orElse(pathwayId);
    }

    /** "HUB (Learning hub)", or several joined with "and". */
    private static String names(Theory theory, List<String> ids) {
        List<String> names = ids.stream().map(id -> {
            Actor a = theory.actors().get(id);
            return a == null || a.name().equals(id) ? id : id + " (" + a.name() + ")";
        }).toList();
        return String.join(" and ", names);
    }

}
