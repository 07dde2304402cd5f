package org.tocworkbench.evaluator.standards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.draft.DraftValue;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.UnitKind;

/**
 * A theory from the JSON model ({@code toc export --format json}, schema {@code toc-model/1},
 * docs/export-json.md), as other tools generate it: metadata, nodes, indicators with codes, units,
 * directions, baselines, milestones and targets, links and assumptions. Ids are kept. The theory
 * is written by {@link ModelTocWriter} with everything the model states (actors, pathways, data
 * bindings, records, ...); the draft read here gives the summary's counts.
 */
final class ModelJsonImport {
    private ModelJsonImport() {
    }

    static ImportedTheory read(Path file) throws StandardsException {
        String fileName = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw ParseMessages.json(fileName, e);
        } catch (IOException e) {
            throw new StandardsException(fileName + ": cannot be read: " + e.getMessage(), true);
        }
        if (root == null || !root.isObject() || !root.path("schema").asText().startsWith("toc-model/")
                || !root.path("nodes").isArray()) {
            throw new StandardsException(fileName + ": looked for a toc JSON model (an object with \"schema\":"
                    + " \"toc-model/1\" and \"nodes\"), found " + (root == null || !root.isObject() ? "no JSON object"
                    : "the keys " + String.join(", ", iterable(root))), false);
        }
        DraftBuilder draft = new DraftBuilder();
        Map<String, DraftBuilder.ResultBuilder> nodes = new LinkedHashMap<>();
        for (JsonNode node : root.path("nodes")) {
            NodeKind kind = NodeKind.fromKeyword(node.path("kind").asText("outcome"));
            String id = node.path("id").asText();
            DraftBuilder.ResultBuilder result = draft.result(kind, "", id, node.path("title").asText());
            result.description = node.path("description").asText("");
            result.label = text(node.path("label"));
            result.horizon = text(node.path("horizon")).filter(h -> kind == NodeKind.OUTCOME || kind == NodeKind.PRECONDITION);
            nodes.put(id, result);
        }
        for (JsonNode indicator : root.path("indicators")) {
            DraftBuilder.ResultBuilder subject = nodes.get(indicator.path("subject").asText());
            if (subject == null || !indicator.path("partOf").isNull() || !indicator.path("parts").isEmpty()) {
                continue;
            }
            indicator(draft, subject, indicator);
        }
        for (JsonNode link : root.path("links")) {
            draft.link(link.path("from").asText(), link.path("to").asText(), link.path("inferred").asBoolean()
                    ? Optional.of(link.path("inferredBasis").asText("")) : Optional.empty());
        }
        for (JsonNode assumption : root.path("assumptions")) {
            Optional<String> home = Optional.empty();
            for (JsonNode node : root.path("nodes")) {
                for (JsonNode id : node.path("assumptions")) {
                    if (id.asText().equals(assumption.path("id").asText()) && home.isEmpty()) {
                        home = Optional.of(node.path("id").asText());
                    }
                }
            }
            draft.assumption(assumption.path("text").asText(), home);
        }
        JsonNode metadata = root.path("metadata");
        List<String> counts = new ArrayList<>();
        for (String part : List.of("nodes", "indicators", "links", "assumptions", "actors", "transitions", "pathways",
                "data", "records")) {
            int count = 0;
            for (JsonNode entry : root.path(part)) {
                count += entry.path("derived").asBoolean() ? 0 : 1;
            }
            if (count > 0) {
                counts.add(count + " " + (part.equals("nodes") ? "results" : part.equals("data") ? "data bindings" : part));
            }
        }
        draft.summary.add(0, "read " + fileName + " as a " + SourceLayout.JSON.description() + ": "
                + String.join(", ", counts));
        String start = metadata.path("periodStart").asText("");
        String end = metadata.path("periodEnd").asText("");
        List<String> header = List.of("Imported with `toc import` from " + fileName + " ("
                + SourceLayout.JSON.description() + ").");
        return new ImportedTheory(SourceLayout.JSON, draft.build(header, metadata.path("title").asText(fileName),
                Optional.of(start).filter(s -> !s.isEmpty() && !end.isEmpty()),
                Optional.of(end).filter(e -> !e.isEmpty() && !start.isEmpty()))
                .withDescription(metadata.path("description").asText("")), List.of(), draft.summary,
                Optional.of(ModelTocWriter.write(root, header)));
    }

    private static Optional<String> text(JsonNode value) {
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? List.of("(none)") : names;
    }

    private static void indicator(DraftBuilder draft, DraftBuilder.ResultBuilder subject, JsonNode json) {
        DraftBuilder.IndicatorBuilder indicator = draft.indicator(subject, json.path("id").asText(),
                json.path("title").asText());
        indicator.description = json.path("description").asText("");
        for (JsonNode code : json.path("codes")) {
            if (code.path("file").isNull()) {
                indicator.codes.add(code.path("code").asText());
            }
        }
        String unit = json.path("unit").path("kind").asText("count");
        indicator.unit = UnitKind.valueOf(unit.toUpperCase(java.util.Locale.ROOT));
        json.path("unit").path("scale").forEach(label -> indicator.scale.add(label.asText()));
        indicator.unitLabel = json.path("unit").path("label").asText("");
        if (!json.path("direction").isNull() && !json.path("directionInferred").asBoolean()) {
            indicator.direction = Optional.of(Direction.valueOf(json.path("direction").asText().toUpperCase(
                    java.util.Locale.ROOT)));
        }
        indicator.baseline = measurement(json.path("baseline"));
        for (JsonNode milestone : json.path("milestones")) {
            measurement(milestone).ifPresent(indicator.planned::add);
        }
        measurement(json.path("target")).ifPresent(indicator.planned::add);
        json.path("disaggregations").forEach(d -> indicator.disaggregations.add(d.asText()));
        indicator.source = json.path("source").asText("");
    }

    private static Optional<DraftValue> measurement(JsonNode json) {
        if (json.isMissingNode() || json.isNull()) {
            return Optional.empty();
        }
        String date = json.path("date").isNull() ? "" : json.path("date").asText("");
        return Optional.of(new DraftValue(json.path("value").asText(), json.path("percent").asBoolean(),
                date.isEmpty() ? Optional.empty() : Optional.of(date)));
    }
}
