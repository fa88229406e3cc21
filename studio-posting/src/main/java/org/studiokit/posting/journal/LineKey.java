package org.studiokit.posting.journal;

/**
 * What journal lines net by: an account and a client (0 for none).
 *
 * @param account  the account name
 * @param clientId the client's internal id, or 0
 */
public record LineKey(String account, long clientId) {
}
