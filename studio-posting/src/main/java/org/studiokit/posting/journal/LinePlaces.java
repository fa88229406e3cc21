package org.studiokit.posting.journal;

import java.util.Arrays;
import java.util.function.LongFunction;
import org.studiokit.core.store.LongObjectMap;

/**
 * The places journal lines book (an account and a client with its name), made once per posting run and shared by
 * every entry of the run that books them: a run over a year of a studio's records books a few thousand places on
 * hundreds of thousands of lines. Each client's name is asked for once. A client books a couple of accounts (A/R,
 * Customer Deposits) and the lines without a client a few dozen, so each keeps its places in a short array searched
 * in order: one primitive look-up per line at most, no string hashing. Not thread-safe (one per run).
 */
public final class LinePlaces {
    private static final Place[] NONE = {};

    private final LongFunction<String> clientNames;
    private final LongObjectMap<Place[]> byClient = new LongObjectMap<>();
    private Place[] withoutClient = NONE;

    /** @param clientNames a client's name by internal id (asked once per client) */
    public LinePlaces(LongFunction<String> clientNames) {
        this.clientNames = clientNames;
    }

    /** @return the place of an account and client (0: none), the same object for the same pair */
    Place place(String account, long clientId) {
        Place[] known = clientId == 0 ? withoutClient : byClient.get(clientId);
        if (known == null) {
            known = NONE;
        }
        for (Place p : known) {
            if (p.account() == account || p.account().equals(account)) {
                return p;
            }
        }
        String client = known.length > 0 ? known[0].client() : clientNames.apply(clientId);
        Place p = new Place(account, clientId, client);
        Place[] grown = Arrays.copyOf(known, known.length + 1);
        grown[known.length] = p;
        if (clientId == 0) {
            withoutClient = grown;
        } else {
            byClient.put(clientId, grown);
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
