package org.studiokit.core;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of one kind of a studio's records. It offers no write: records change only through the
 * facade's commands (PTY-3).
 *
 * @param <T> the record type
 */
public interface Records<T extends Identified> {
    /** @return the record with an id */
    Optional<T> find(long id);

    /** @return the record with a number */
    Optional<T> findByNumber(long number);

    /** @return the records with these ids (unknown ones skipped), once each, in id order */
    List<T> findAll(Collection<Long> ids);

    /** @return every record, in id order */
    List<T> all();

    /** @return the records whose index has a key (see {@code StudioStore} for the index names) */
    List<T> by(String index, long key);

    /** @return how many records there are */
    int size();
}
