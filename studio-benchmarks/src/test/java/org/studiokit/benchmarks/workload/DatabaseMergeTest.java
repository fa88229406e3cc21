package org.studiokit.benchmarks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The workload's --db part merges the database benchmark's figures and targets into its own document. */
class DatabaseMergeTest {

    @Test
    void figuresAndTargetsOfTheDatabaseBenchmarkJoinTheWorkloads() throws Exception {
        Figures child = new Figures();
        child.put("db.h2.10.record.ratio", 0.25, "ratio");
        child.put("db.h2.10.reports.arAging", 120, "ms");
        child.target("db.h2.10.record.ratio", ">= 0.5", false);
        Figures f = new Figures();
        f.put("run.100000.studio.wall", 2, "s");
        Database.merge(f, JsonMapper.builder().build().readTree(child.json()));
        assertThat(f.get("db.h2.10.record.ratio")).isEqualTo(0.25);
        assertThat(f.all().get("db.h2.10.reports.arAging").unit()).isEqualTo("ms");
        assertThat(f.get("run.100000.studio.wall")).isEqualTo(2);
        assertThat(f.targets()).containsExactly(new Figures.Target("db.h2.10.record.ratio", ">= 0.5", false));
    }

    @Test
    void dbOptionsAreParsed() {
        Workload.Options o = Workload.Options.parse(new String[] {"--db", "--db-docs", "20000", "--db-option", "--db",
                "--db-option", "h2"});
        assertThat(o.db()).isTrue();
        assertThat(o.dbDocs()).isEqualTo(20_000);
        assertThat(o.dbOptions()).containsExactly("--db", "h2");
        assertThat(Workload.Options.parse(new String[0]).db()).isFalse();
    }
}
