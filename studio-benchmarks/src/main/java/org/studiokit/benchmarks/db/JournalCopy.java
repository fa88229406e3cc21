package org.studiokit.benchmarks.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of a posting run: the rows a studio's posting run wrote (its batch, journal entries and lines, booked
 * records and their lines, the audit entry, the batch's document totals), read into memory beforehand, then written
 * again under another studio id with plain JDBC: batched inserts ({@value #BATCH} rows a round trip), one
 * transaction. Rows are held column by column (numbers as {@code long[]}, repeated texts and dates shared), so
 * 100,000 documents' journal stays small.
 */
final class JournalCopy {
    /** The tables a posting run inserts into, parents first. */
    static final List<String> TABLES = List.of("sk_batch", "sk_journal_entry", "sk_journal_line", "sk_booked",
            "sk_booked_line", "sk_audit", "sk_batch_totals");
    static final int BATCH = 1000;

    /** One table's rows of one studio, by column; the studio id column is left out. */
    static final class Rows {
        final String table;
        final List<String> columns = new ArrayList<>();
        final List<Object> values = new ArrayList<>();
        final List<Integer> types = new ArrayList<>();
        int size;

        Rows(String table) {
            this.table = table;
        }
    }

    private JournalCopy() {
    }

    /** Copies one table's rows of studio {@code from} to studio {@code to} in the database itself (not timed). */
    static void copy(Connection c, String from, String to, String table) throws SQLException {
        List<String> cols = columns(c, table);
        String list = String.join(", ", cols);
        try (PreparedStatement s = c.prepareStatement("insert into " + table + " (studio_id, " + list + ") select ?, "
                + list + " from " + table + " where studio_id = ?")) {
            s.setString(1, to);
            s.setString(2, from);
            s.executeUpdate();
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData m = r.getMetaData();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                if (!m.getColumnName(i).equalsIgnoreCase("studio_id")) {
                    cols.add(m.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return cols;
    }

    /** @return the rows of {@code table} that belong to studio {@code from} */
    static Rows read(Connection c, String from, String table) throws SQLException {
        Rows rows = new Rows(table);
        Map<Object, Object> shared = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select * from " + table + " where studio_id = ?")) {
            s.setFetchSize(BATCH);
            s.setString(1, from);
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData m = r.getMetaData();
                int[] at = new int[m.getColumnCount()];
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    if (!m.getColumnName(i).equalsIgnoreCase("studio_id")) {
                        at[rows.columns.size()] = i;
                        rows.columns.add(m.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                        int t = m.getColumnType(i);
                        boolean number = (t == Types.BIGINT || t == Types.INTEGER || t == Types.SMALLINT)
                                && m.isNullable(i) == ResultSetMetaData.columnNoNulls;
                        rows.values.add(number ? new long[16] : new Object[16]);
                        rows.types.add(t);
                    }
                }
                while (r.next()) {
                    add(rows, r, at, shared);
                }
            }
        }
        return rows;
    }

    private static void add(Rows rows, ResultSet r, int[] at, Map<Object, Object> shared) throws SQLException {
        int n = rows.size;
        for (int k = 0; k < rows.columns.size(); k++) {
            Object col = rows.values.get(k);
            if (col instanceof long[] longs) {
                if (n == longs.length) {
                    longs = Arrays.copyOf(longs, n * 2);
                    rows.values.set(k, longs);
                }
                longs[n] = r.getLong(at[k]);
            } else {
                Object[] objs = (Object[]) col;
                if (n == objs.length) {
                    objs = Arrays.copyOf(objs, n * 2);
                    rows.values.set(k, objs);
                }
                Object v = value(r, at[k], rows.types.get(k));
                objs[n] = v == null ? null : shared.computeIfAbsent(v, x -> x);
            }
        }
        rows.size = n + 1;
    }

    private static Object value(ResultSet r, int i, int type) throws SQLException {
        return switch (type) {
            case Types.DATE -> r.getObject(i, java.time.LocalDate.class);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCLOB, Types.NVARCHAR -> r.getString(i);
            default -> r.getObject(i);
        };
    }

    /** Inserts the rows under studio {@code to}, batched, in the connection's current transaction. */
    static void insert(Connection c, String to, Rows rows) throws SQLException {
        String list = String.join(", ", rows.columns);
        String marks = String.join(", ", java.util.Collections.nCopies(rows.columns.size() + 1, "?"));
        try (PreparedStatement s = c.prepareStatement("insert into " + rows.table + " (studio_id, " + list
                + ") values (" + marks + ")")) {
            for (int i = 0; i < rows.size; i++) {
                s.setString(1, to);
                for (int k = 0; k < rows.columns.size(); k++) {
                    Object col = rows.values.get(k);
                    if (col instanceof long[] longs) {
                        s.setLong(k + 2, longs[i]);
                    } else {
                        s.setObject(k + 2, ((Object[]) col)[i]);
                    }
                }
                s.addBatch();
                if ((i + 1) % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /**
     * Marks the booked records posted in batch {@code batch} under studio {@code to} (what the posting run does to
     * every record it books), batched, in the connection's current transaction; @return how many records
     */
    static int markPosted(Connection c, String to, Rows booked, long batch) throws SQLException {
        long[] ids = (long[]) booked.values.get(booked.columns.indexOf("record_id"));
        Object[] kinds = (Object[]) booked.values.get(booked.columns.indexOf("record_kind"));
        String set = " set lock_batch = ?, version = version + 1 where studio_id = ? and id = ?";
        try (PreparedStatement d = c.prepareStatement("update sk_document" + set);
                PreparedStatement m = c.prepareStatement("update sk_movement" + set)) {
            int[] pending = new int[2];
            for (int i = 0; i < booked.size; i++) {
                boolean doc = "DOCUMENT".equals(kinds[i]);
                PreparedStatement s = doc ? d : m;
                s.setLong(1, batch);
                s.setString(2, to);
                s.setLong(3, ids[i]);
                s.addBatch();
                if (++pending[doc ? 0 : 1] % BATCH == 0) {
                    s.executeBatch();
                }
            }
            d.executeBatch();
            m.executeBatch();
        }
        return booked.size;
    }
}
