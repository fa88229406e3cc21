package org.studiokit.jpa.row;

import java.sql.Connection;
import java.sql.SQLException;
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
     * Inserts a new row with plain JDBC on the transaction's connection, for the rows commands create most.
     *
     * @return false when new rows of this kind are left to the entity manager
     */
    default boolean insert(Connection c, R row) throws SQLException {
        return false;
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
