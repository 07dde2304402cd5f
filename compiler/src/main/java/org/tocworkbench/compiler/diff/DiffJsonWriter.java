package org.tocworkbench.compiler.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tocworkbench.compiler.model.ChangeRecord;
import org.tocworkbench.compiler.model.Metadata;

/** The diff as JSON, schema {@value #SCHEMA} (docs/diff.md): keys in a fixed order, lists always present. */
public final class DiffJsonWriter implements DiffWriter {
    public static final String SCHEMA = "toc-diff/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String write(TheoryDiff diff) {
        try {
            return MAPPER.writeValueAsString(toJson(diff)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode toJson(TheoryDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("before", version(diff.beforeName(), diff.before().metadata()));
        root.set("after", version(diff.afterName(), diff.after().metadata()));
        root.put("nothingInCommon", diff.nothingInCommon());
        ArrayNode log = root.putArray("recordOfChanges");
        for (ChangeRecord r : diff.recordOfChanges()) {
            ObjectNode entry = log.addObject();
            entry.put("version", r.version());
            entry.put("date", r.date().map(d -> d.text()).orElse(null));
            entry.put("level", r.level().map(l -> l.word()).orElse(null));
            entry.put("reason", r.reason());
        }
        ObjectNode summary = root.putObject("summary");
        diff.counts(diff.changes()).forEach((type, n) -> summary.put(type.word(), n));
        summary.put("unchanged", diff.unchanged());
        ArrayNode changes = root.putArray("changes");
        for (ElementChange c : diff.changes()) {
            ObjectNode item = changes.addObject();
            item.put("kind", c.kind().word());
            item.put("change", c.type().word());
            item.put("id", c.id());
            item.put("oldId", c.oldId());
            item.put("title", c.title());
            ArrayNode properties = item.putArray("properties");
            for (PropertyChange p : c.properties()) {
                ObjectNode property = properties.addObject();
                property.put("property", p.property());
                property.put("before", p.before().isEmpty() ? null : p.before());
                property.put("after", p.after().isEmpty() ? null : p.after());
                if (p.isList()) {
                    p.added().forEach(property.putArray("added")::add);
                    p.removed().forEach(property.putArray("removed")::add);
                }
            }
        }
        return root;
    }

    private static ObjectNode version(String name, Metadata m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", name);
        o.put("title", m.title());
        o.put("version", m.version().isEmpty() ? null : m.version());
        return o;
    }
}
