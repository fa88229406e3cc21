package org.studiokit.posting.journal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.studiokit.core.store.LongObjectMap;

/**
 * The places journal lines book (an account and a client with its name), made once per posting run and shared by
 * every entry of the run that books them: a run over a year of a studio's records books a few thousand places on
 * hundreds of thousands of lines. Each client's name is asked for once. Not thread-safe (one per run).
 */
public final class LinePlaces {
    private final LongFunction<String> clientNames;
    private final Map<String, LongObjectMap<Place>> byAccount = new HashMap<>();
    private final Map<String, Place> withoutClient = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    /** @param clientNames a client's name by internal id (asked once per client) */
    public LinePlaces(LongFunction<String> clientNames) {
        this.clientNames = clientNames;
    }

    /** @return the place of an account and client (0: none), the same object for the same pair */
    Place place(String account, long clientId) {
        if (clientId == 0) {
            Place p = withoutClient.get(account);
            if (p == null) {
                p = new Place(account, 0, clientNames.apply(0));
                withoutClient.put(account, p);
            }
            return p;
        }
        LongObjectMap<Place> places = byAccount.get(account);
        if (places == null) {
            places = new LongObjectMap<>();
            byAccount.put(account, places);
        }
        Place p = places.get(clientId);
        if (p == null) {
            p = new Place(account, clientId, names.computeIfAbsent(clientId, clientNames::apply));
            places.put(clientId, p);
        }
        return p;
    }

    /**
     * Where a line books.
     *
     * @param account  the account name
     * @param clientId the client's internal id, or 0
     * @param client   the client's name, or null
     */
    record Place(String account, long clientId, String client) {
    }
}
