package org.studiokit.export;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** EXP-1: the exporters on the class path, found by {@link ServiceLoader}, by format id. */
public final class ExportFormats {
    private final Map<String, Exporter> byId;

    private ExportFormats(Map<String, Exporter> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** @return every exporter the class loader of this class finds (the built-in ones and the host's own) */
    public static ExportFormats installed() {
        return load(ServiceLoader.load(Exporter.class, Exporter.class.getClassLoader()));
    }

    /** @return every exporter a class loader finds */
    public static ExportFormats load(ClassLoader loader) {
        return load(ServiceLoader.load(Exporter.class, loader));
    }

    private static ExportFormats load(ServiceLoader<Exporter> loader) {
        Map<String, Exporter> m = new TreeMap<>();
        for (Exporter e : loader) {
            Exporter previous = m.putIfAbsent(e.id(), e);
            if (previous != null && previous.getClass() != e.getClass()) {
                throw new IllegalStateException("two exporters claim format " + e.id() + ": "
                        + previous.getClass().getName() + " and " + e.getClass().getName());
            }
        }
        return new ExportFormats(m);
    }

    /** @return the exporter of a format id */
    public Optional<Exporter> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the format ids, sorted */
    public java.util.Set<String> ids() {
        return byId.keySet();
    }
}
