package org.studiokit.benchmarks.workload;

/** Judges the targets on the figures that were measured. */
final class Targets {
    private static final int SMALL = 100_000;
    private static final int LARGE = 1_000_000;

    private Targets() {
    }

    static void judge(Figures f) {
        String s = "run." + SMALL + ".";
        double studio = f.get(s + "studio.wall");
        ratio(f, s + "studio-over-ledger.wall", studio, f.get(s + "ledger.wall"), "< 1 (faster than ledger bal)", 1);
        ratio(f, s + "hledger-over-studio.wall", f.get(s + "hledger.wall"), studio, ">= 3 (3x faster than hledger)",
                -3);
        limit(f, s + "studio.rss", "<= 512 MiB", 512);
        String l = "run." + LARGE + ".";
        ratio(f, "run.growth.studio.wall", f.get(l + "studio.wall"), studio, "<= 12 (1M docs vs 100k)", 12);
        limit(f, l + "studio.rss", "<= 1024 MiB", 1024);
        if (f.get(l + "studio.failed-runs") > 0) {
            f.target(l + "studio.failed-runs", "every run completes", false);
        }
        floor(f, "posting.100000.docs-per-s", ">= 500000 docs/s", 500_000);
        for (String r : new String[] {"arAging", "trialBalance", "salesTaxByRate"}) {
            limit(f, "reports." + LARGE + "." + r, "<= 500 ms", 500);
            limit(f, "reports." + LARGE + "." + r + ".cpu", "<= 500 ms", 500);
        }
        limit(f, "heap." + LARGE + ".recorded", "<= 1536 MiB", 1536);
        floor(f, "labels.code128.renderPng", ">= 2000 renders/s", 2000);
    }

    /** Adds a/b as a figure and judges it: bound > 0 means at most (strictly below 1 for 1), < 0 at least. */
    private static void ratio(Figures f, String name, double a, double b, String target, double bound) {
        double r = a / b;
        if (Double.isNaN(r)) {
            return;
        }
        f.put(name, r, "ratio");
        boolean met = bound < 0 ? r >= -bound : bound == 1 ? r < 1 : r <= bound;
        f.target(name, target, met);
    }

    private static void limit(Figures f, String name, String target, double max) {
        double v = f.get(name);
        if (!Double.isNaN(v)) {
            f.target(name, target, v <= max);
        }
    }

    private static void floor(Figures f, String name, String target, double min) {
        double v = f.get(name);
        if (!Double.isNaN(v)) {
            f.target(name, target, v >= min);
        }
    }
}
