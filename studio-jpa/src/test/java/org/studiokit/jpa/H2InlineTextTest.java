package org.studiokit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.jpa.row.Json;
import org.studiokit.testkit.db.TestDatabases;

/**
 * STO-3 on H2: no studio column is a CLOB, whose separate LOB store is not crash safe; a database written by an
 * earlier version (schema V3, CLOB columns) keeps its rows and its NOT NULL rules when V4 turns them into text.
 */
class H2InlineTextTest {
    private static final String JSON_COLUMNS = "'SETTINGS','TAX_CODES','TOTALS','PLAN','BEFORE_TEXT','AFTER_TEXT',"
            + "'RESULT','DETAIL','CONTENT'";

    @Test
    @DisplayName("STO-3 an H2 file from schema V3 migrates its CLOB columns to inline text and keeps its studio")
    void sto3_v3_file_migrates_to_inline_text() throws Exception {
        String url = TestDatabases.h2File().url();
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/h2").table("sk_schema_history")
                .target("3").load().migrate();
        StudioSettings stored = StudioSettings.defaults("EUR");
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement p = c.prepareStatement("insert into sk_studio (studio_id, settings) values (?, ?)")) {
            assertThat(types(c, "SK_STUDIO")).containsExactly("SETTINGS CHARACTER LARGE OBJECT NO");
            p.setString(1, "old");
            p.setString(2, Json.write(stored));
            p.executeUpdate();
        }
        try (StudioDatabase db = StudioDatabase.open(url)) {
            JpaStudio s = db.studio("old", StudioSettings.defaults("USD"), Clock.systemUTC());
            assertThat(s.studio().settings()).isEqualTo(stored);
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(types(c, "SK_STUDIO")).containsExactly("SETTINGS CHARACTER VARYING NO");
            assertThat(types(c, "SK_BATCH")).containsExactly("DETAIL CHARACTER VARYING NO");
            assertThat(types(c, "SK_DOCUMENT")).containsExactlyInAnyOrder("TAX_CODES CHARACTER VARYING YES",
                    "TOTALS CHARACTER VARYING NO", "PLAN CHARACTER VARYING YES");
            assertThat(clobColumns(c)).isEmpty();
        }
    }

    private static List<String> types(Connection c, String table) throws Exception {
        try (PreparedStatement p = c.prepareStatement("select column_name, data_type, is_nullable from "
                + "information_schema.columns where table_name = ? and column_name in (" + JSON_COLUMNS + ")")) {
            p.setString(1, table);
            return rows(p);
        }
    }

    private static List<String> clobColumns(Connection c) throws Exception {
        try (PreparedStatement p = c.prepareStatement("select table_name, column_name, data_type from "
                + "information_schema.columns where table_name like 'SK\\_%' and data_type like '%LARGE OBJECT%'")) {
            return rows(p);
        }
    }

    private static List<String> rows(PreparedStatement p) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        return out;
    }
}
