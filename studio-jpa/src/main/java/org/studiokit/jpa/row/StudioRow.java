package org.studiokit.jpa.row;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One studio: its settings (as JSON) and lock date. Commands lock this row, so one studio's commands run one at a time. */
@Entity
@Table(name = "sk_studio")
public class StudioRow {
    @Id
    String studioId;
    String settings;
    LocalDate lockDate;

    /** For the persistence provider. */
    protected StudioRow() {
    }

    /** A new studio row. */
    public StudioRow(String studioId, String settings) {
        this.studioId = studioId;
        this.settings = settings;
    }

    /** @return the settings JSON */
    public String settings() {
        return settings;
    }

    /** Replaces the settings JSON. */
    public void settings(String json) {
        this.settings = json;
    }

    /** @return the lock date or null */
    public LocalDate lockDate() {
        return lockDate;
    }

    /** Sets the lock date. */
    public void lockDate(LocalDate date) {
        this.lockDate = date;
    }
}
