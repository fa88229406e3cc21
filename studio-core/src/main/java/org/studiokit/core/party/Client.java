package org.studiokit.core.party;

import java.util.Objects;
import org.studiokit.core.Identified;

/**
 * A client (PTY-1).
 *
 * @param id        internal id
 * @param number    client number, sequential per studio (the Quick Sale client has 0)
 * @param name      the name
 * @param email     contact e-mail or null
 * @param phone     contact phone or null
 * @param quickSale whether this is the built-in Quick Sale client
 */
public record Client(long id, long number, String name, String email, String phone, boolean quickSale)
        implements Identified {
    /** Validates. */
    public Client {
        Objects.requireNonNull(name, "name");
    }
}
