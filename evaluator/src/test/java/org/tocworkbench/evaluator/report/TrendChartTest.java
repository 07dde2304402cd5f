package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.evaluator.NutritionNetworkFixture;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.TrendPoint;

/** Trend charts show axis values, the target and milestones, and each point's period on hover (issue 15.10). */
class TrendChartTest {
    private static final Evaluation E = NutritionNetworkFixture.evaluation();

    @Test
    void everyChartLabelsItsValueAxisWithTheLowestHighestAndTargetValue() {
        int charts = 0;
        for (IndicatorProgress p : E.indicators().values()) {
            Indicator indicator = E.theory().indicators().get(p.indicatorId());
            String svg = TrendChart.svg(p, indicator, E.settings().asOf());
            if (svg.isEmpty()) {
                continue;
            }
            charts++;
            List<String> ticks = texts(svg, "value-tick");
            assertTrue(ticks.size() >= 2, "lowest and highest value on the axis: " + svg);
            if (!p.expectedPath().isEmpty()) {
                TrendPoint target = p.expectedPath().get(p.expectedPath().size() - 1);
                assertTrue(svg.contains("class=\"target-line\""), "a line at the target: " + svg);
                assertTrue(svg.contains(HtmlText.escape("target " + target.label() + ": " + Format.value(target.value(), indicator))),
                        "the target named on hover: " + svg);
            }
        }
        assertTrue(charts >= 3, "the fixture draws charts");
    }

    @Test
    void eachActualAndMilestoneNamesItsPeriodAndValueOnHover() {
        for (IndicatorProgress p : E.indicators().values()) {
            Indicator indicator = E.theory().indicators().get(p.indicatorId());
            String svg = TrendChart.svg(p, indicator, E.settings().asOf());
            for (TrendPoint t : p.history()) {
                assertTrue(svg.contains("<g class=\"point\"><title>" + HtmlText.escape(t.label() + ": "
                        + Format.value(t.value(), indicator)) + "</title>"), t + " in " + svg);
            }
            List<TrendPoint> path = p.expectedPath();
            for (int i = 1; i < path.size() - 1; i++) {
                if (!path.get(i).label().equals("growth")) {
                    assertTrue(svg.contains("milestone " + HtmlText.escape(path.get(i).label())), path.get(i) + " in " + svg);
                }
            }
        }
    }

    @Test
    void axisValuesAreShortAndInTheIndicatorsUnit() {
        Indicator any = E.theory().indicators().values().iterator().next();
        assertEquals("25M", TrendChart.axisValue(25_000_000, any).replace("%", ""));
        assertEquals("12k", TrendChart.axisValue(12_000, any).replace("%", ""));
        assertEquals("7.5", TrendChart.axisValue(7.5, any).replace("%", ""));
    }

    private static List<String> texts(String svg, String cls) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<text class=\"tick " + cls + "\"[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
