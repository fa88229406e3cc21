package org.studiokit.jpa.row;

import jakarta.persistence.Embeddable;

/** One journal line: account, client, debit-positive amount in minor units. */
@Embeddable
public class JournalLineCols {
    String account;
    long clientId;
    String clientName;
    long amountMinor;

    /** For the persistence provider. */
    protected JournalLineCols() {
    }

    static JournalLineCols of(String account, long clientId, String clientName, long amountMinor) {
        JournalLineCols c = new JournalLineCols();
        c.account = account;
        c.clientId = clientId;
        c.clientName = clientName;
        c.amountMinor = amountMinor;
        return c;
    }
}
