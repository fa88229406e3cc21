package org.studiokit.barcode.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/** The scanner drivers on the class path, found with {@link ServiceLoader} (SCN-1). */
public final class ScannerDrivers {
    private ScannerDrivers() {
    }

    /** @return every driver visible to this class's loader, in service-file order */
    public static List<ScannerDriver> all() {
        return all(ScannerDrivers.class.getClassLoader());
    }

    /** @return every driver visible to a class loader, in service-file order */
    public static List<ScannerDriver> all(ClassLoader loader) {
        List<ScannerDriver> drivers = new ArrayList<>();
        ServiceLoader.load(ScannerDriver.class, loader).forEach(drivers::add);
        return List.copyOf(drivers);
    }

    /** @return the driver with an id (case-insensitive), or empty */
    public static Optional<ScannerDriver> find(String id) {
        Objects.requireNonNull(id, "id");
        return all().stream().filter(d -> d.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /**
     * @return the driver with an id
     * @throws StudioException {@code VALIDATION} naming the known ids when there is none
     */
    public static ScannerDriver require(String id) {
        return find(id).orElseThrow(() -> new StudioException(ErrorCode.VALIDATION, "no scanner driver " + id
                + "; known: " + all().stream().map(ScannerDriver::id).toList(), "driver", id));
    }
}
