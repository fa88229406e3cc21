package org.studiokit.core.settings;

import java.util.List;
import java.util.Objects;

/**
 * A product or service sold on invoice lines.
 *
 * @param name    the name
 * @param account the GL income account, or null (DOC-13 falls through)
 * @param taxes   the tax codes the item carries by default, or null for the invoice's
 */
public record Item(String name, String account, List<String> taxes) {
    /** Validates. */
    public Item {
        Objects.requireNonNull(name, "name");
        org.studiokit.core.Inputs.text(name, "name");
        org.studiokit.core.Inputs.text(account, "account");
        taxes = taxes == null ? null : List.copyOf(taxes);
    }
}
