package org.studiokit.core.settings;

import java.math.BigDecimal;
import java.util.Objects;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * A tax rate (TAX-1): a code, a name, a percentage with up to 4 decimals and an optional GL account.
 * A 0 % rate marks exempt sales.
 *
 * @param code    the code lines refer to
 * @param name    a display name (state, city, GST …)
 * @param percent the rate in percent, 0 ≤ percent ≤ 100, at most 4 decimals
 * @param account the GL account for the tax, or null for the studio's Sales Tax Payable
 */
public record TaxRate(String code, String name, BigDecimal percent, String account) {

    /** Validates the rate. */
    public TaxRate {
        Objects.requireNonNull(code, "code");
        org.studiokit.core.Inputs.text(code, "code");
        org.studiokit.core.Inputs.text(name, "name");
        org.studiokit.core.Inputs.text(account, "account");
        Objects.requireNonNull(percent, "percent");
        if (code.isBlank()) {
            throw new StudioException(ErrorCode.VALIDATION, "tax rate code is blank", "code", code);
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 4) {
            throw new StudioException(ErrorCode.VALIDATION, "bad tax rate " + percent, "code", code, "rate", percent);
        }
        name = name == null ? code : name;
    }

    /** Parses a percentage string such as {@code "4.5"}. */
    public static TaxRate of(String code, String name, String percent, String account) {
        if (percent == null || !percent.matches("\\d{1,3}(\\.\\d{1,4})?")) {
            throw new StudioException(ErrorCode.VALIDATION, "bad tax rate " + percent, "code", code, "rate", percent);
        }
        return new TaxRate(code, name, new BigDecimal(percent), account);
    }
}
