package org.studiokit.examples.view;

import org.studiokit.posting.Books;

/**
 * The JSON views of one studio's records.
 *
 * @param documents documents
 * @param movements money movements
 * @param parties   clients, sessions and production orders
 * @param posting   posting batches
 */
public record Views(DocumentJson documents, MovementJson movements, PartyJson parties, PostingJson posting) {
    /** @return the views of a studio's books */
    public static Views of(Books books) {
        return new Views(new DocumentJson(books.studio()), new MovementJson(books.studio()),
                new PartyJson(books.studio()), new PostingJson(books));
    }
}
