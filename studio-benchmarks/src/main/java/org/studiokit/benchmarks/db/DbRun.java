package org.studiokit.benchmarks.db;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.studiokit.jpa.StudioDatabase;
import org.studiokit.jpa.db.UrlDataSource;
import org.studiokit.posting.report.Reports;
import org.studiokit.posting.report.TrialBalance;

/**
 * One run on one database: the studio records the documents (one command each) and plain JDBC writes the same rows
 * (one transaction each) under a second studio id; the studio posts them all (one run, one transaction) and plain
 * JDBC inserts the same journal rows batched (one transaction); then AR aging and the trial balance. Figures are
 * wall-clock milliseconds; heap figures are MiB.
 */
final class DbRun {
    private static final int REPORT_RUNS = 3;
    private final String url;
    private final String studioId;
    private final String plainId;
    private final List<Step> steps;
    private final HeapWatch heap;
    private final boolean postingOnly;
    private final Map<String, Double> out = new LinkedHashMap<>();
    /** This thread's CPU time: the embedded H2 engine works on it too (a server's work is not counted). */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private long cpuMark;

    /**
     * @param postingOnly record the documents with plain JDBC only, and give the studio a copy of those rows (the
     *                    posting run, the reports and their heap without the studio's recording)
     */
    DbRun(String url, String studioId, List<Step> steps, HeapWatch heap, boolean postingOnly) {
        this.url = url;
        this.postingOnly = postingOnly;
        this.studioId = studioId;
        this.plainId = studioId + "-jdbc";
        this.steps = steps;
        this.heap = heap;
    }

    /**
     * Runs everything; @return figure name (without the database's prefix) → value
     *
     * @param deleteRows delete both studios' rows afterwards (not worth it on a fresh file that goes anyway)
     */
    Map<String, Double> run(boolean deleteRows) throws SQLException {
        try (StudioDatabase db = StudioDatabase.open(url); UrlDataSource ds = new UrlDataSource(url);
                Connection c = ds.getConnection()) {
            heap.phase();
            StudioRecorder studio = new StudioRecorder(db, studioId);
            long t = start();
            studio.clients(steps);
            put("clients.studiokit", t);
            if (postingOnly) {
                out.put("documents", (double) copyRecorded(c));
            } else {
                t = start();
                int docs = studio.documents(steps);
                put("record.studiokit", t);
                out.put("documents", (double) docs);
                heap("record.studiokit");
                recordPlain(c);
            }
            heap("record.jdbc");
            t = start();
            int entries = studio.post(postDate());
            put("posting.studiokit", t);
            out.put("journal.entries", (double) entries);
            heap("posting.studiokit");
            postPlain(c);
            heap("posting.jdbc");
            reports(studio.studio().books().reports());
            heap("reports");
            rowCounts(c);
            if (deleteRows) {
                db.delete(plainId);
                db.delete(studioId);
            }
        }
        ratios();
        return out;
    }

    private int recordPlain(Connection c) throws SQLException {
        Map<String, String> names = new HashMap<>();
        steps.stream().filter(s -> s.op().equals("client")).forEach(s -> names.put(s.ref(), s.name()));
        try (PlainRecorder plain = new PlainRecorder(c, studioId, plainId)) {
            long t = start();
            int docs = plain.documents(steps, names, postingOnly);
            put("record.jdbc", t);
            return docs;
        }
    }

    /** Plain JDBC records the documents; the studio's records are a copy of its rows (same ids); @return how many */
    private int copyRecorded(Connection c) throws SQLException {
        int docs = recordPlain(c);
        try (PreparedStatement s = c.prepareStatement("delete from sk_sequence where studio_id = ?")) {
            s.setString(1, studioId);
            s.executeUpdate();
        }
        for (String table : List.of("sk_sequence", "sk_document", "sk_document_line", "sk_movement")) {
            JournalCopy.copy(c, plainId, studioId, table);
        }
        c.commit();
        return docs;
    }

    private void postPlain(Connection c) throws SQLException {
        List<JournalCopy.Rows> rows = new ArrayList<>();
        for (String table : JournalCopy.TABLES) {
            rows.add(JournalCopy.read(c, studioId, table));
        }
        c.commit();
        out.put("journal.lines", (double) rows.get(2).size);
        long t = start();
        for (JournalCopy.Rows r : rows) {
            JournalCopy.insert(c, plainId, r);
        }
        c.commit();
        put("posting.jdbc", t);
        t = start();
        long batch = ((long[]) rows.get(0).values.get(rows.get(0).columns.indexOf("id")))[0];
        JournalCopy.markPosted(c, plainId, rows.get(3), batch);
        c.commit();
        put("posting.jdbc.marking", t);
    }

    private void reports(Reports reports) {
        out.put("reports.arAging", median(() -> reports.arAging(null)));
        TrialBalance[] tb = new TrialBalance[1];
        out.put("reports.trialBalance", median(() -> tb[0] = reports.trialBalance(null, null)));
        out.put("trialBalance.total", (double) tb[0].total().minor());
        out.put("trialBalance.accounts", (double) tb[0].accounts().size());
    }

    /** One warm-up, then the median of {@value #REPORT_RUNS} runs, in ms. */
    private static double median(Supplier<?> report) {
        report.get();
        double[] ms = new double[REPORT_RUNS];
        for (int i = 0; i < REPORT_RUNS; i++) {
            long t = System.nanoTime();
            report.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[REPORT_RUNS / 2];
    }

    /** Rows each side wrote, table by table: the baseline writes the same rows as the studio. */
    private void rowCounts(Connection c) throws SQLException {
        long mine = 0;
        long plain = 0;
        for (String table : List.of("sk_document", "sk_document_line", "sk_movement", "sk_batch", "sk_journal_entry",
                "sk_journal_line", "sk_booked", "sk_booked_line", "sk_batch_totals")) {
            mine += count(c, table, studioId);
            plain += count(c, table, plainId);
        }
        c.commit();
        out.put("rows.studiokit", (double) mine);
        out.put("rows.jdbc", (double) plain);
    }

    private static long count(Connection c, String table, String studio) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where studio_id = ?")) {
            s.setString(1, studio);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void ratios() {
        out.put("record.jdbc.docs-per-s", out.get("documents") / out.get("record.jdbc") * 1000);
        if (!postingOnly) {
            out.put("record.studiokit.docs-per-s", out.get("documents") / out.get("record.studiokit") * 1000);
            out.put("record.ratio", out.get("record.jdbc") / out.get("record.studiokit"));
            out.put("record.ratio.cpu", out.get("record.jdbc.cpu") / out.get("record.studiokit.cpu"));
        }
        out.put("posting.ratio", out.get("posting.jdbc") / out.get("posting.studiokit"));
        out.put("posting.ratio.cpu", out.get("posting.jdbc.cpu") / out.get("posting.studiokit.cpu"));
        out.put("posting.ratio.with-marking", (out.get("posting.jdbc") + out.get("posting.jdbc.marking"))
                / out.get("posting.studiokit"));
    }

    private LocalDate postDate() {
        return steps.stream().filter(s -> s.op().equals("post")).map(Step::date).reduce((a, b) -> b).orElseThrow();
    }

    /** @return the wall clock now, noting the thread's CPU time for the next {@link #put} */
    private long start() {
        cpuMark = CPU.getCurrentThreadCpuTime();
        return System.nanoTime();
    }

    /** Puts a phase's wall time since {@code since} and its CPU time on this thread ({@code name.cpu}). */
    private void put(String name, long since) {
        out.put(name, (System.nanoTime() - since) / 1e6);
        out.put(name + ".cpu", (CPU.getCurrentThreadCpuTime() - cpuMark) / 1e6);
    }

    private void heap(String phase) {
        double[] h = heap.phase();
        out.put("heap." + phase + ".used", h[0]);
        out.put("heap." + phase + ".afterGc", h[1]);
    }
}
