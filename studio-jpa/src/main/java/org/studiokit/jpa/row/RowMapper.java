package org.studiokit.jpa.row;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.studiokit.core.Identified;

/**
 * How one kind of record is kept in rows.
 *
 * @param <T> the record type
 * @param <R> the row (entity) type
 */
public interface RowMapper<T extends Identified, R> {
    /** @return the entity class */
    Class<R> rowClass();

    /** @return a new row holding a record */
    R newRow(String studioId, T record);

    /**
     * @return whether rows of this kind, the ones commands write and read most, are inserted, found by id and read from
     *         query results with plain JDBC on the transaction's connection ({@link #insert}, {@link #find},
     *         {@link #rows}); else the entity manager writes and loads them
     */
    default boolean plain() {
        return false;
    }

    /** Inserts a new row with plain JDBC (rows that are {@link #plain()}). */
    default void insert(Connection c, R row) throws SQLException {
        throw new UnsupportedOperationException();
    }

    /** @return the row of a record id read with plain JDBC (rows that are {@link #plain()}), or null */
    default R find(Connection c, String studioId, long id) throws SQLException {
        throw new UnsupportedOperationException();
    }

    /** @return the rows of a query result (rows that are {@link #plain()}; the columns are the mapper's own) */
    default List<R> rows(String studioId, ResultSet r) throws SQLException {
        throw new UnsupportedOperationException();
    }

    /** Copies a record's fields into its managed row. */
    void update(R row, T record);

    /** @return the record a row holds */
    T toRecord(R row);

    /**
     * @return the entity property behind a named index of the port ({@code IllegalArgumentException} when unknown)
     */
    String indexProperty(String index);

    /** @return an unknown index refusal */
    /**
     * @return a fixed JPQL join that loads the row's collection in the same query as the rows ({@code r} is the row),
     *         or empty when the row has none: without it every row found costs one more query for its collection
     */
    default String fetch() {
        return "";
    }

    static IllegalArgumentException noIndex(String index) {
        return new IllegalArgumentException("no index " + index);
    }
}
