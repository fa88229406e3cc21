package org.studiokit.core.settings;

import java.util.Objects;

/**
 * A payment method (PAY-3).
 *
 * @param name              the description, unique in the studio
 * @param type              the kind
 * @param account           the GL deposit account, or null for the studio's Undeposited Funds
 * @param exportIndividually whether exports list its transactions one by one (true) or as one daily total
 */
public record PaymentMethod(String name, PaymentMethodType type, String account, boolean exportIndividually) {
    /** Validates. */
    public PaymentMethod {
        Objects.requireNonNull(name, "name");
        org.studiokit.core.Inputs.text(name, "name");
        org.studiokit.core.Inputs.text(account, "account");
        Objects.requireNonNull(type, "type");
    }
}
