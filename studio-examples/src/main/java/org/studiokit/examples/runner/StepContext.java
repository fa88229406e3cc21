package org.studiokit.examples.runner;

import org.studiokit.core.Studio;
import org.studiokit.core.security.Actor;
import org.studiokit.examples.script.RecordKind;
import org.studiokit.examples.script.Step;
import org.studiokit.examples.view.Views;
import org.studiokit.posting.Books;

/**
 * Everything an op handler needs for one step.
 *
 * @param step      the step
 * @param in        its values
 * @param workspace the studio and its books
 * @param refs      the refs bound so far
 * @param views     the JSON views of the studio's records
 */
public record StepContext(Step step, StepInput in, Workspace workspace, Refs refs, Views views) {
    /** @return who runs the step */
    public Actor actor() {
        return step.actor();
    }

    /** @return the studio */
    public Studio studio() {
        return workspace.studio();
    }

    /** @return the books */
    public Books books() {
        return workspace.books();
    }

    /** @return the internal id of the record a required ref field names */
    public long ref(String field, RecordKind kind) {
        return refs.id(field, step.fields().get(field).stringValue(), kind);
    }

    /** @return the internal id of the record an optional ref field names, or null when absent */
    public Long optRef(String field, RecordKind kind) {
        return in.has(field) ? ref(field, kind) : null;
    }

    /** @return what a required ref field names, whatever its kind */
    public Refs.Bound anyRef(String field) {
        return refs.any(field, step.fields().get(field).stringValue());
    }
}
