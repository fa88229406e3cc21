package org.studiokit.jpa.row;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A studio's number sequence: taken under a row lock, so numbers are gapless and unique (STO-3). */
@Entity
@Table(name = "sk_sequence")
@IdClass(NameKey.class)
public class SequenceRow {
    @Id
    String studioId;
    @Id
    String name;
    long nextValue;

    /** For the persistence provider. */
    protected SequenceRow() {
    }

    /** A new sequence row. */
    public SequenceRow(String studioId, String name, long nextValue) {
        this.studioId = studioId;
        this.name = name;
        this.nextValue = nextValue;
    }

    /** @return the next value and advances the sequence */
    public long take() {
        return nextValue++;
    }

    /** @return the next value, not taken */
    public long peek() {
        return nextValue;
    }
}
