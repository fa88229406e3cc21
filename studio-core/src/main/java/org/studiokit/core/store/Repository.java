package org.studiokit.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.Optional;
import org.studiokit.core.Identified;

/**
 * A repository of one kind of record, by id and by number, with named secondary indexes on fields that never
 * change after creation.
 *
 * @param <T> the record type
 */
public interface Repository<T extends Identified> {
    /** @return the record with the id */
    Optional<T> find(long id);

    /**
     * @param ids internal ids (unknown ones are skipped)
     * @return the records with those ids, once each, in id order
     */
    default List<T> findAll(Collection<Long> ids) {
        List<T> found = new ArrayList<>(ids.size());
        for (long id : new TreeSet<>(ids)) {
            find(id).ifPresent(found::add);
        }
        return found;
    }

    /** @return the record with the number (numbers above zero only) */
    Optional<T> findByNumber(long number);

    /** Inserts or replaces a record. */
    void save(T record);

    /** @return every record in creation (id) order */
    List<T> all();

    /** @return the records whose indexed field equals the key, in creation order */
    List<T> by(String index, long key);

    /** @return the number of records */
    int size();
}
