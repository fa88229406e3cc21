package org.studiokit.core.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;

/**
 * A production order type (PRD-1, PRD-2): ordered statuses (first is initial, last is final), hold statuses
 * outside the order, a default duration in business days, and whether it is still offered.
 *
 * @param name         the name
 * @param statuses     the ordered statuses
 * @param holds        the hold statuses
 * @param durationDays default duration in business days
 * @param active       whether new orders may use it
 */
public record OrderType(String name, List<String> statuses, List<String> holds, int durationDays, boolean active) {
    /** PRD-1: the names of the built-in types, which always exist. */
    public static final List<String> BUILT_IN = List.of("Print", "Generic");

    /** Validates: at least one status, names unique across statuses and holds. */
    public OrderType {
        Objects.requireNonNull(name, "name");
        statuses = List.copyOf(statuses);
        holds = List.copyOf(holds);
        Inputs.text(name, "order type name");
        statuses.forEach(status -> Inputs.text(status, "status"));
        holds.forEach(status -> Inputs.text(status, "hold status"));
        if (name.isBlank()) {
            throw new StudioException(ErrorCode.VALIDATION, "an order type needs a name", "type", name);
        }
        if (statuses.isEmpty()) {
            throw new StudioException(ErrorCode.VALIDATION, "order type " + name + " has no statuses", "type", name);
        }
        if (statuses.stream().distinct().count() != statuses.size()
                || holds.stream().anyMatch(statuses::contains)
                || holds.stream().distinct().count() != holds.size()) {
            throw new StudioException(ErrorCode.VALIDATION, "order type " + name + " repeats a status", "type", name);
        }
    }

    /** @return a type with the default statuses and holds */
    public static OrderType standard(String name) {
        return new OrderType(name, List.of("Ordered", "In Production", "Shipped", "Received", "Delivered"),
                List.of("Waiting on Client", "On Hold"), 10, true);
    }

    /** @return the initial status */
    public String initial() {
        return statuses.get(0);
    }

    /** @return the final status */
    public String finalStatus() {
        return statuses.get(statuses.size() - 1);
    }

    /** @return whether the status is a hold */
    public boolean isHold(String status) {
        return holds.contains(status);
    }

    /** @return whether the status belongs to the type (ordered or hold) */
    public boolean has(String status) {
        return statuses.contains(status) || holds.contains(status);
    }

    /** @return this type made inactive */
    public OrderType deactivated() {
        return new OrderType(name, statuses, holds, durationDays, false);
    }

    /** PRD-1: the types with the built-in ones first; a type of a built-in's name redefines it. */
    public static Map<String, OrderType> withBuiltIns(Map<String, OrderType> types) {
        Map<String, OrderType> all = new LinkedHashMap<>();
        for (String builtIn : BUILT_IN) {
            all.put(builtIn, standard(builtIn));
        }
        types.forEach((name, type) -> {
            if (!name.equals(type.name())) {
                throw new StudioException(ErrorCode.VALIDATION, "order type " + type.name() + " is filed under "
                        + name, "type", type.name());
            }
            all.put(name, type);
        });
        return all;
    }

    /** PRD-1: the types by name, in order; two types with one name are refused ({@code VALIDATION}). */
    public static Map<String, OrderType> byName(List<OrderType> types) {
        Map<String, OrderType> own = new LinkedHashMap<>();
        for (OrderType type : types) {
            if (own.put(type.name(), type) != null) {
                throw new StudioException(ErrorCode.VALIDATION, "order type " + type.name()
                        + " is defined twice: each name once", "type", type.name());
            }
        }
        return own;
    }
}
