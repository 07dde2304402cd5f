package org.tocworkbench.evaluator.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.TrendPoint;

/**
 * A small inline SVG chart of one indicator: the actuals (line and dots, coloured by status)
 * against the expected trajectory (dashed, flat before the baseline and after the target), the
 * target (a diamond on a dotted line), the milestones (hollow circles) and the as-of date (a
 * vertical line), with the value axis labelled (lowest, highest and target value) and the first
 * and last year under the time axis. Every point names its period and value on hover (an SVG
 * {@code <title>}, over a hit area larger than the dot). Plain SVG, no script; every label is
 * escaped. Returns an empty string when there is nothing to draw.
 */
public final class TrendChart {
    static final int WIDTH = 260;
    static final int HEIGHT = 92;
    private static final double LEFT = 40;
    private static final double RIGHT = 8;
    private static final double TOP = 10;
    private static final double BOTTOM = 16;

    private TrendChart() {
    }

    public static String svg(IndicatorProgress p, Indicator indicator, LocalDate asOf) {
        List<TrendPoint> actuals = p.history();
        List<TrendPoint> expected = p.expectedPath();
        if (actuals.isEmpty() && expected.isEmpty()) {
            return "";
        }
        long minDay = asOf.toEpochDay();
        long maxDay = asOf.toEpochDay();
        double minValue = Double.POSITIVE_INFINITY;
        double maxValue = Double.NEGATIVE_INFINITY;
        List<TrendPoint> all = new ArrayList<>(actuals);
        all.addAll(expected);
        for (TrendPoint t : all) {
            minDay = Math.min(minDay, t.date().toEpochDay());
            maxDay = Math.max(maxDay, t.date().toEpochDay());
            minValue = Math.min(minValue, t.value());
            maxValue = Math.max(maxValue, t.value());
        }
        if (maxDay == minDay) {
            minDay -= 1;
            maxDay += 1;
        }
        if (maxValue - minValue < 1e-9) {
            double pad = Math.max(1, Math.abs(maxValue) * 0.1);
            minValue -= pad;
            maxValue += pad;
        }
        Scale s = new Scale(minDay, maxDay, minValue, maxValue);
        String label = "Trend of " + indicator.title();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(HtmlText.escape(label)).append("\">");
        svg.append("<title>").append(HtmlText.escape(label)).append("</title>");
        svg.append("<line class=\"axis\" x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(HEIGHT - BOTTOM))
                .append("\" x2=\"").append(f(WIDTH - RIGHT)).append("\" y2=\"").append(f(HEIGHT - BOTTOM)).append("\"/>");
        svg.append("<line class=\"axis\" x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(TOP))
                .append("\" x2=\"").append(f(LEFT)).append("\" y2=\"").append(f(HEIGHT - BOTTOM)).append("\"/>");
        List<Double> ticks = new ArrayList<>(List.of(minValue, maxValue));
        if (!expected.isEmpty()) {
            double target = expected.get(expected.size() - 1).value();
            double y = s.y(target);
            if (Math.abs(y - s.y(minValue)) > 10 && Math.abs(y - s.y(maxValue)) > 10) {
                ticks.add(target);
            }
        }
        for (double tick : ticks) {
            double y = s.y(tick);
            svg.append("<line class=\"grid\" x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(y)).append("\" x2=\"")
                    .append(f(WIDTH - RIGHT)).append("\" y2=\"").append(f(y)).append("\"/>");
            svg.append("<text class=\"tick value-tick\" x=\"").append(f(LEFT - 3)).append("\" y=\"").append(f(y + 3))
                    .append("\" text-anchor=\"end\">").append(HtmlText.escape(axisValue(tick, indicator))).append("</text>");
        }
        double x = s.x(asOf.toEpochDay());
        svg.append("<line class=\"asof\" x1=\"").append(f(x)).append("\" y1=\"").append(f(TOP - 4)).append("\" x2=\"")
                .append(f(x)).append("\" y2=\"").append(f(HEIGHT - BOTTOM)).append("\"><title>as of ").append(asOf)
                .append("</title></line>");
        if (!expected.isEmpty()) {
            svg.append("<polyline class=\"expected\" points=\"")
                    .append(expectedPoints(expected, s, minDay, maxDay, indicator.unit().kind() == UnitKind.BOOLEAN))
                    .append("\"><title>expected trajectory</title></polyline>");
            TrendPoint target = expected.get(expected.size() - 1);
            double tx = s.x(target.date().toEpochDay());
            double ty = s.y(target.value());
            svg.append("<line class=\"target-line\" x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(ty))
                    .append("\" x2=\"").append(f(WIDTH - RIGHT)).append("\" y2=\"").append(f(ty)).append("\"/>");
            for (TrendPoint m : expected.subList(1, expected.size() - 1)) {
                if (m.label().equals("growth")) {
                    continue;
                }
                double mx = s.x(m.date().toEpochDay());
                double my = s.y(m.value());
                svg.append("<g class=\"point\"><title>").append(HtmlText.escape("milestone " + m.label() + ": "
                        + Format.value(m.value(), indicator))).append("</title><circle class=\"milestone\" cx=\"")
                        .append(f(mx)).append("\" cy=\"").append(f(my)).append("\" r=\"3\"/>")
                        .append(hit(mx, my)).append("</g>");
            }
            svg.append("<path class=\"target\" d=\"M").append(f(tx)).append(' ').append(f(ty - 4)).append(" L")
                    .append(f(tx + 4)).append(' ').append(f(ty)).append(" L").append(f(tx)).append(' ').append(f(ty + 4))
                    .append(" L").append(f(tx - 4)).append(' ').append(f(ty)).append(" Z\"><title>")
                    .append(HtmlText.escape("target " + Format.value(target.value(), indicator) + " by "
                            + target.label())).append("</title></path>");
            svg.append("<g class=\"point\"><title>").append(HtmlText.escape("target " + target.label() + ": "
                    + Format.value(target.value(), indicator))).append("</title>").append(hit(tx, ty)).append("</g>");
        }
        if (!actuals.isEmpty()) {
            String status = "s-" + p.status().id();
            if (actuals.size() > 1) {
                svg.append("<polyline class=\"actual ").append(status).append("\" points=\"");
                for (int i = 0; i < actuals.size(); i++) {
                    TrendPoint t = actuals.get(i);
                    svg.append(i == 0 ? "" : " ").append(f(s.x(t.date().toEpochDay()))).append(',')
                            .append(f(s.y(t.value())));
                }
                svg.append("\"/>");
            }
            for (TrendPoint t : actuals) {
                double ax = s.x(t.date().toEpochDay());
                double ay = s.y(t.value());
                svg.append("<g class=\"point\"><title>").append(HtmlText.escape(t.label() + ": "
                        + Format.value(t.value(), indicator))).append("</title><circle class=\"dot ").append(status)
                        .append("\" cx=\"").append(f(ax)).append("\" cy=\"").append(f(ay)).append("\" r=\"2.5\"/>")
                        .append(hit(ax, ay)).append("</g>");
            }
        }
        svg.append("<text class=\"tick\" x=\"").append(f(LEFT)).append("\" y=\"").append(HEIGHT - 4).append("\">")
                .append(LocalDate.ofEpochDay(minDay).getYear()).append("</text>");
        svg.append("<text class=\"tick end\" x=\"").append(f(WIDTH - RIGHT)).append("\" y=\"").append(HEIGHT - 4)
                .append("\" text-anchor=\"end\">").append(LocalDate.ofEpochDay(maxDay).getYear()).append("</text>");
        svg.append("</svg>");
        return svg.toString();
    }

    /** A transparent circle larger than a dot, so that its title shows when the pointer is near. */
    private static String hit(double x, double y) {
        return "<circle class=\"hit\" cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"6\"/>";
    }

    /** A value on the axis, short: {@code 55%}, {@code 25M}, {@code 1.2k}, {@code yes}. */
    static String axisValue(double value, Indicator indicator) {
        UnitKind kind = indicator.unit().kind();
        boolean whole = Math.abs(value - Math.rint(value)) < 1e-9;
        if (kind == UnitKind.BOOLEAN && whole && (value == 0 || value == 1)
                || kind == UnitKind.SCALE && whole && value >= 1 && value <= indicator.unit().scale().size()) {
            return Format.value(value, indicator.unit());
        }
        double abs = Math.abs(value);
        String number = abs >= 1e9 ? Format.number(round(value / 1e9)) + "bn"
                : abs >= 1e6 ? Format.number(round(value / 1e6)) + "M"
                : abs >= 1e4 ? Format.number(round(value / 1e3)) + "k"
                : Format.number(abs >= 100 ? Math.round(value) : round(value));
        return indicator.unit().kind() == UnitKind.PERCENT ? number + "%" : number;
    }

    private static double round(double v) {
        return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10.0;
    }

    private static String expectedPoints(List<TrendPoint> path, Scale s, long minDay, long maxDay, boolean steps) {
        List<double[]> points = new ArrayList<>();
        TrendPoint first = path.get(0);
        if (first.date().toEpochDay() > minDay) {
            points.add(new double[] {minDay, first.value()});
        }
        TrendPoint previous = null;
        for (TrendPoint t : path) {
            if (steps && previous != null) {
                points.add(new double[] {t.date().toEpochDay(), previous.value()});
            }
            points.add(new double[] {t.date().toEpochDay(), t.value()});
            previous = t;
        }
        TrendPoint last = path.get(path.size() - 1);
        if (last.date().toEpochDay() < maxDay) {
            points.add(new double[] {maxDay, last.value()});
        }
        StringBuilder out = new StringBuilder();
        for (double[] point : points) {
            out.append(out.length() == 0 ? "" : " ").append(f(s.x((long) point[0]))).append(',').append(f(s.y(point[1])));
        }
        return out.toString();
    }

    private record Scale(long minDay, long maxDay, double minValue, double maxValue) {
        double x(long day) {
            return LEFT + (double) (day - minDay) / (maxDay - minDay) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return TOP + (maxValue - value) / (maxValue - minValue) * (HEIGHT - TOP - BOTTOM);
        }
    }

    /** One decimal, the same on every machine: {@code 12.3}, {@code -0.5}, {@code 7.0}. */
    static String f(double v) {
        long tenths = Double.isFinite(v) ? Math.round(Math.max(-1e9, Math.min(1e9, v)) * 10) : 0;
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + "." + abs % 10;
    }
}
