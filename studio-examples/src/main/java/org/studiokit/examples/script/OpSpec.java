package org.studiokit.examples.script;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An op of the script format and the fields it takes, besides {@code as} and {@code expect} (every op) and
 * {@code ref} (ops that create a record).
 *
 * @param name    the op name, e.g. {@code payment}
 * @param fields  its own fields by name, in the order SPEC §13 lists them
 * @param defines the kind of record its {@code ref} names, or null when it takes no {@code ref}
 */
public record OpSpec(String name, Map<String, FieldSpec> fields, RecordKind defines) {
    /** Copies. */
    public OpSpec {
        Objects.requireNonNull(name, "name");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** @return whether the op takes a {@code ref} */
    public boolean takesRef() {
        return defines != null;
    }

    /** @return a builder for an op */
    public static Builder op(String name) {
        return new Builder(name);
    }

    /** Builds an op spec. */
    public static final class Builder {
        private final String name;
        private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
        private RecordKind defines;

        private Builder(String name) {
            this.name = name;
        }

        /** The op creates a record its {@code ref} names. */
        public Builder defines(RecordKind kind) {
            this.defines = kind;
            return this;
        }

        /** Required value fields. */
        public Builder required(String... names) {
            return add(FieldKind.VALUE, true, names);
        }

        /** Optional value fields. */
        public Builder optional(String... names) {
            return add(FieldKind.VALUE, false, names);
        }

        /** Required ref fields. */
        public Builder ref(String... names) {
            return add(FieldKind.REF, true, names);
        }

        /** Optional ref fields. */
        public Builder optionalRef(String... names) {
            return add(FieldKind.REF, false, names);
        }

        /** A lines field. */
        public Builder lines(String fieldName, boolean required) {
            return add(FieldKind.LINES, required, fieldName);
        }

        /** A field of any kind. */
        public Builder add(FieldKind kind, boolean required, String... names) {
            for (String n : names) {
                fields.put(n, new FieldSpec(n, kind, required));
            }
            return this;
        }

        /** @return the spec */
        public OpSpec build() {
            return new OpSpec(name, fields, defines);
        }
    }
}
