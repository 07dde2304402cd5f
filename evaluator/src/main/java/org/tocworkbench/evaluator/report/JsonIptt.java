package org.tocworkbench.evaluator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tocworkbench.evaluator.iptt.Iptt;
import org.tocworkbench.evaluator.iptt.IpttIndicator;
import org.tocworkbench.evaluator.iptt.IpttPeriod;
import org.tocworkbench.evaluator.progress.Evaluation;

/** The {@code deviations} and {@code iptt} parts of the JSON report (docs/report-json.md). */
final class JsonIptt {
    private JsonIptt() {
    }

    static ArrayNode deviations(ObjectMapper mapper, Evaluation e) {
        ArrayNode out = mapper.createArrayNode();
        for (Deviations.Deviation d : Deviations.of(e)) {
            ObjectNode o = out.addObject();
            o.put("indicator", d.progress().indicatorId());
            o.put("status", d.progress().status().id());
            JsonReportWriter.number(o, "progress", d.progress().progress(), true);
            JsonReportWriter.number(o, "expected", d.progress().expected(), true);
            if (d.narrative().isPresent()) {
                o.put("narrative", d.narrative().get().text());
                o.put("period", d.narrative().get().period());
            } else {
                o.putNull("narrative");
                o.putNull("period");
            }
        }
        return out;
    }

    static ObjectNode iptt(ObjectMapper mapper, Evaluation e) {
        ObjectNode root = mapper.createObjectNode();
        root.put("method", Iptt.METHOD);
        root.put("periodsShown", e.iptt().periods().word());
        root.put("rollUp", Iptt.ROLL_UP);
        ArrayNode indicators = root.putArray("indicators");
        for (IpttIndicator row : e.iptt().indicators()) {
            ObjectNode o = indicators.addObject();
            o.put("indicator", row.indicatorId());
            o.put("level", row.level());
            o.put("subject", row.subject());
            o.put("frequency", row.frequency() == null ? null : row.frequency().word());
            o.put("reportedFrequency", row.reportedFrequency() == null ? null : row.reportedFrequency().word());
            JsonReportWriter.number(o, "baseline", row.baseline(), false);
            o.put("baselineDate", row.baselineDate() == null ? null : row.baselineDate().toString());
            ObjectNode lop = o.putObject("lifeOfProgramme");
            JsonReportWriter.number(lop, "target", row.lopTarget(), false);
            lop.put("targetDate", row.targetDate() == null ? null : row.targetDate().toString());
            JsonReportWriter.number(lop, "achieved", row.lopAchieved(), false);
            JsonReportWriter.number(lop, "percentOfTarget", row.lopPercent(), true);
            lop.put("status", row.status().id());
            row.groups().forEach(o.putArray("groups")::add);
            ArrayNode periods = o.putArray("periods");
            for (IpttPeriod p : row.periods()) {
                ObjectNode period = periods.addObject();
                period.put("period", p.slot().label());
                period.put("start", p.slot().start().toString());
                period.put("end", p.slot().end().toString());
                period.put("partial", p.partial());
                JsonReportWriter.number(period, "target", p.target(), false);
                JsonReportWriter.number(period, "actual", p.actual(), false);
                period.put("text", p.text().isEmpty() ? null : p.text());
                JsonReportWriter.number(period, "toDate", p.toDate(), false);
                JsonReportWriter.number(period, "percentOfTarget", p.percentOfTarget(), true);
                period.put("status", p.status().id());
                period.put("comment", p.comment());
                p.rolledUp().forEach(period.putArray("rolledUp")::add);
                ArrayNode groups = period.putArray("groups");
                for (IpttPeriod.GroupValue g : p.groups()) {
                    ObjectNode group = groups.addObject();
                    group.put("group", g.group());
                    JsonReportWriter.number(group, "actual", g.actual(), false);
                    JsonReportWriter.number(group, "toDate", g.toDate(), false);
                    group.put("comment", g.comment());
                }
            }
        }
        return root;
    }
}
