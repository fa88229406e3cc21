package org.studiokit.benchmarks.workload;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one workload run, in order, and the targets judged on them; printed as one JSON document. */
public final class Figures {
    /**
     * One figure.
     *
     * @param value the value
     * @param unit  its unit
     */
    public record Figure(double value, String unit) {
    }

    /**
     * One target.
     *
     * @param name   the figure it judges
     * @param target the target, as the issue states it
     * @param met    whether the figure meets it
     */
    public record Target(String name, String target, boolean met) {
    }

    private final Map<String, String> context = new LinkedHashMap<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();

    /** Notes a fact about the machine or the run. */
    public void context(String name, String value) {
        context.put(name, value);
    }

    /** Adds a figure. */
    public void put(String name, double value, String unit) {
        figures.put(name, new Figure(value, unit));
    }

    /** @return the figure's value, or NaN when it was not measured */
    public double get(String name) {
        Figure f = figures.get(name);
        return f == null ? Double.NaN : f.value();
    }

    /** Judges a target when its figure was measured. */
    public void target(String name, String target, boolean met) {
        targets.add(new Target(name, target, met));
    }

    /** @return every figure, in the order added */
    public Map<String, Figure> all() {
        return figures;
    }

    /** @return the targets judged */
    public List<Target> targets() {
        return targets;
    }

    /** @return the JSON document: context, figures (name → value, unit) and targets */
    public String json() {
        StringBuilder b = new StringBuilder("{\n  \"context\": {");
        String sep = "\n";
        for (Map.Entry<String, String> e : context.entrySet()) {
            b.append(sep).append("    ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
            sep = ",\n";
        }
        b.append("\n  },\n  \"figures\": {");
        sep = "\n";
        for (Map.Entry<String, Figure> e : figures.entrySet()) {
            b.append(sep).append("    ").append(quote(e.getKey())).append(": {\"value\": ")
                    .append(number(e.getValue().value())).append(", \"unit\": ").append(quote(e.getValue().unit()))
                    .append('}');
            sep = ",\n";
        }
        b.append("\n  },\n  \"targets\": [");
        sep = "\n";
        for (Target t : targets) {
            b.append(sep).append("    {\"figure\": ").append(quote(t.name())).append(", \"target\": ")
                    .append(quote(t.target())).append(", \"met\": ").append(t.met()).append('}');
            sep = ",\n";
        }
        return b.append("\n  ]\n}\n").toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
