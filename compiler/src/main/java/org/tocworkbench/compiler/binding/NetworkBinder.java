package org.tocworkbench.compiler.binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.ActorRole;
import org.tocworkbench.compiler.model.BackbonePlay;
import org.tocworkbench.compiler.model.BackboneRole;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.NetworkPurpose;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Structure;
import org.tocworkbench.compiler.model.StructureKind;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.compiler.syntax.Ast;

/**
 * Binds the network words (docs/network.md): the primary and secondary functions of the theory
 * or its backbone actor, structures, the backbone roles actors play and positions their staff
 * hold, and the roles the backbone plays for a result. Reports TOC125-TOC129.
 */
final class NetworkBinder {
    /** How the binder checks that a name is declared and of the right kind (reporting when not). */
    interface Resolver {
        boolean resolve(Ast.Name name, String expected, String... kinds);
    }

    private final Diagnostics diagnostics;
    private final Resolver resolver;
    private final List<NetworkFunction> primary = new ArrayList<>();
    private final List<NetworkFunction> secondary = new ArrayList<>();
    private final List<String> extraRoles = new ArrayList<>();
    private Optional<String> declaredBy = Optional.empty();
    private Span declaredAt = Span.none();
    private boolean declaredInTheory;

    NetworkBinder(Diagnostics diagnostics, Resolver resolver) {
        this.diagnostics = diagnostics;
        this.resolver = resolver;
    }

    /** The theory block's {@code primary functions}, {@code secondary functions} and {@code backbone plays}. */
    void theory(Ast.TheoryDecl t, PropertyReader p) {
        declare(p, t.span(), Optional.empty());
        for (Ast.Name role : p.names("backbone plays")) {
            if (!extraRoles.contains(role.text()) && !BackboneRole.known().contains(role.text())) {
                extraRoles.add(role.text());
            }
        }
    }

    private void declare(PropertyReader p, Span span, Optional<String> actor) {
        List<NetworkFunction> first = p.functions("primary functions");
        List<NetworkFunction> second = p.functions("secondary functions");
        if (first.isEmpty() && second.isEmpty()) {
            return;
        }
        Span at = p.all("primary functions").isEmpty() ? p.all("secondary functions").get(0).span()
                : p.all("primary functions").get(0).span();
        if (declaredInTheory || declaredBy.isPresent()) {
            diagnostics.add(Diagnostic.of(Code.NETWORK_FUNCTIONS_CONFLICT, at,
                            "the network's functions are declared twice")
                    .label("these add to the ones declared at " + declaredAt)
                    .help("declare the primary and secondary functions in one place: the `theory` block or the backbone actor")
                    .build());
        } else {
            declaredAt = at;
            declaredBy = actor;
            declaredInTheory = actor.isEmpty();
        }
        add(first, primary, p, "primary functions");
        add(second, secondary, p, "secondary functions");
        for (NetworkFunction f : second) {
            if (primary.contains(f)) {
                report(Code.NETWORK_FUNCTIONS_CONFLICT, p, "secondary functions", f,
                        "`" + f.word() + "` is declared both primary and secondary",
                        "a function is primary or secondary, not both", "keep it in one list");
                secondary.remove(f);
            }
        }
    }

    private void add(List<NetworkFunction> functions, List<NetworkFunction> into, PropertyReader p, String key) {
        for (NetworkFunction f : functions) {
            if (!f.isNetworkFunction()) {
                report(Code.NETWORK_FUNCTIONS_CONFLICT, p, key, f,
                        "`" + f.word() + "` is an organisational function, not one of the network's functions",
                        "the backbone manages organisational functions; primary and secondary name network functions",
                        "tag the results that keep the network running with `functions " + f.word()
                                + "` instead, and link them to the network functions they enable");
            } else if (!into.contains(f)) {
                into.add(f);
            }
        }
    }

    private void report(Code code, PropertyReader p, String key, NetworkFunction f, String message, String label,
                        String help) {
        Span span = p.names(key).stream().filter(n -> f.words().contains(n.text())).map(Ast.Name::span)
                .findFirst().orElse(Span.none());
        diagnostics.add(Diagnostic.of(code, span, message).label(label).help(help).build());
    }

    /** The network words of an actor or structure, added to the actor the binder read. */
    Actor actor(Ast.ActorDecl a, PropertyReader p, Actor plain) {
        ActorRole role = plain.role();
        Optional<Structure> structure = Optional.empty();
        Optional<String> kind;
        if (a.structure()) {
            p.single("role").ifPresent(r -> diagnostics.add(Diagnostic.of(Code.MISPLACED_PROPERTY, r.keySpan(),
                            "a structure has no `role`: it is a structure")
                    .label("not used for a structure")
                    .help("say what kind of structure it is with `kind working-group`, `fund`, `community-of-practice` or `platform`")
                    .build()));
            role = ActorRole.STRUCTURE;
            StructureKind structureKind = p.keyword("kind", StructureKind.class, "structure kind");
            List<NetworkFunction> serves = p.functions("serves");
            List<String> members = new ArrayList<>();
            for (Ast.Name member : p.names("members")) {
                if (member.text().equals(a.id().text())) {
                    diagnostics.add(Diagnostic.of(Code.STRUCTURE_INCOMPLETE, member.span(),
                                    "structure `" + a.id().text() + "` lists itself as a member")
                            .label("a structure's members are the organisations that take part in it")
                            .build());
                } else if (resolver.resolve(member, "an actor", "actor") && !members.contains(member.text())) {
                    members.add(member.text());
                }
            }
            if (serves.isEmpty() && p.all("serves").isEmpty()) {
                diagnostics.add(Diagnostic.of(Code.STRUCTURE_INCOMPLETE, a.id().span(),
                                "structure `" + a.id().text() + "` does not say which functions it serves")
                        .label("a network builds a structure to carry a function")
                        .help("add `serves advocacy` (or the functions it carries) to its block")
                        .build());
            }
            structure = Optional.of(new Structure(Optional.ofNullable(structureKind), serves, members));
            kind = Optional.empty();
        } else {
            kind = p.name("kind").map(Ast.Name::text);
            for (String key : List.of("serves", "members")) {
                p.all(key).forEach(prop -> diagnostics.add(Diagnostic.of(Code.MISPLACED_PROPERTY, prop.keySpan(),
                                "`" + key + "` applies to structures, not to actors")
                        .label("not used for an actor")
                            .help("declare `" + a.id().text() + "` with `structure` if it is a working group, fund, "
                                + "community of practice or platform")
                        .build()));
            }
        }
        boolean backbone = role == ActorRole.BACKBONE;
        List<String> plays = new ArrayList<>();
        for (Ast.Name word : p.names("plays")) {
            if (!backbone) {
                offBackbone(word.span(), "`" + a.id().text() + "` plays a backbone role but is not a backbone actor",
                        a.id().text());
            } else if (knownRole(word) && !plays.contains(word.text())) {
                plays.add(word.text());
            }
        }
        List<String> positions = new ArrayList<>();
        for (Ast.Prop prop : p.all("position")) {
            for (Ast.Arg arg : prop.args()) {
                String text = PropertyReader.argText(arg);
                if (arg instanceof Ast.Name n && roles().contains(n.text())) {
                    diagnostics.add(Diagnostic.of(Code.ROLE_AS_POSITION, n.span(),
                                    "`" + n.text() + "` is a role the backbone plays, not a position its staff hold")
                            .label("roles are fluid (facilitator, broker ...); positions are jobs (communications, finance, MEL ...)")
                            .help("write `plays " + n.text() + "`, or quote a job title: `position \"" + n.text() + "\"`")
                            .build());
                } else if (!positions.contains(text)) {
                    positions.add(text);
                }
            }
        }
        if (!p.all("primary functions").isEmpty() || !p.all("secondary functions").isEmpty()) {
            if (backbone) {
                declare(p, a.span(), Optional.of(a.id().text()));
            } else {
                Ast.Prop prop = p.all("primary functions").isEmpty() ? p.all("secondary functions").get(0)
                        : p.all("primary functions").get(0);
                offBackbone(prop.keySpan(), "`" + a.id().text()
                        + "` declares the network's functions but is not a backbone actor", a.id().text());
            }
        }
        return new Actor(plain.id(), plain.name(), role, plain.description(), plain.functions(), plain.span(),
                plain.idSpan(), plays, positions, structure, kind);
    }

    private void offBackbone(Span span, String message, String actor) {
        diagnostics.add(Diagnostic.of(Code.NETWORK_WORD_OFF_BACKBONE, span, message)
                .label("only the backbone plays backbone roles and declares the network's functions")
                .help("give `" + actor + "` `role backbone`, or move this to the backbone actor or the `theory` block")
                .build());
    }

    private List<String> roles() {
        List<String> all = new ArrayList<>(BackboneRole.known());
        all.addAll(extraRoles);
        return all;
    }

    private boolean knownRole(Ast.Name word) {
        if (roles().contains(word.text())) {
            return true;
        }
        Diagnostic.Builder builder = Diagnostic.of(Code.UNKNOWN_BACKBONE_ROLE, word.span(),
                        "unknown backbone role `" + word.text() + "`")
                .label("expected one of " + String.join(", ", roles()));
        Optional<String> closest = Suggestions.closest(word.text(), roles());
        if (closest.isPresent()) {
            builder.suggest(closest.get());
        } else {
            builder.help("a network names its own roles in the `theory` block: `backbone plays " + word.text() + "`");
        }
        diagnostics.add(builder.build());
        return false;
    }

    /** A result's {@code backbone [ACTOR] plays ROLE, ...}; the actor is checked once every actor is known. */
    List<BackbonePlay> plays(PropertyReader p) {
        List<BackbonePlay> plays = new ArrayList<>();
        for (Ast.Prop prop : p.all("backbone")) {
            if (prop.args().isEmpty() || !(prop.args().get(0) instanceof Ast.Name actor)) {
                continue;
            }
            if (!resolver.resolve(actor, "an actor", "actor")) {
                continue;
            }
            plays.add(new BackbonePlay(actor.text(), roleWords(prop.args().subList(1, prop.args().size())), prop.span()));
        }
        for (Ast.Prop prop : p.all("backbone plays")) {
            plays.add(new BackbonePlay("", roleWords(prop.args()), prop.span()));
        }
        return plays.stream().filter(play -> !play.roles().isEmpty()).toList();
    }

    private List<String> roleWords(List<Ast.Arg> args) {
        List<String> words = new ArrayList<>();
        for (Ast.Arg arg : args) {
            if (arg instanceof Ast.Name n && knownRole(n) && !words.contains(n.text())) {
                words.add(n.text());
            }
        }
        return words;
    }

    /**
     * The results with every {@code backbone plays} given its actor: the one named, or the theory's
     * only backbone actor; plays by an actor that is not the backbone are reported and dropped.
     */
    Map<String, Node> finish(Map<String, Node> nodes, Map<String, Actor> actors) {
        List<String> backbones = actors.values().stream().filter(Actor::backbone).map(Actor::id).toList();
        Map<String, Node> out = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            if (n.backbonePlays().isEmpty()) {
                out.put(n.id(), n);
                continue;
            }
            List<BackbonePlay> plays = new ArrayList<>();
            for (BackbonePlay play : n.backbonePlays()) {
                if (play.actor().isEmpty()) {
                    if (backbones.size() == 1) {
                        plays.add(new BackbonePlay(backbones.get(0), play.roles(), play.span()));
                    } else {
                        diagnostics.add(Diagnostic.of(Code.NETWORK_WORD_OFF_BACKBONE, play.span(),
                                        backbones.isEmpty() ? "`backbone plays` but the theory has no backbone actor"
                                                : "`backbone plays` but the theory has " + backbones.size()
                                                + " backbone actors: " + String.join(", ", backbones))
                                .label(backbones.isEmpty() ? "no actor has `role backbone`" : "which one plays it?")
                                .help(backbones.isEmpty() ? "declare the backbone: `actor SEC \"Secretariat\" role backbone`"
                                        : "name it: `backbone " + backbones.get(0) + " plays "
                                        + String.join(", ", play.roles()) + "`")
                                .build());
                    }
                } else if (!backbones.contains(play.actor())) {
                    offBackbone(play.span(), "`" + play.actor() + "` plays a backbone role for `" + n.id()
                            + "` but is not a backbone actor", play.actor());
                } else {
                    plays.add(play);
                }
            }
            out.put(n.id(), new Node(n.id(), n.kind(), n.keyword(), n.title(), n.label(), n.description(), n.horizon(),
                    n.contributors(), n.owner(), n.functions(), n.assumptions(), n.indicators(), n.span(), n.idSpan(),
                    plays));
        }
        return out;
    }

    NetworkPurpose purpose() {
        if (primary.isEmpty() && secondary.isEmpty() && extraRoles.isEmpty()) {
            return NetworkPurpose.NONE;
        }
        return new NetworkPurpose(primary, secondary, extraRoles, declaredBy, declaredAt);
    }
}
