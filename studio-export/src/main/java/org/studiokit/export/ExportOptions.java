package org.studiokit.export;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a studio tells its exporters (SPEC §9 leaves these to the studio; the defaults are documented in the module
 * README).
 *
 * @param studio          a short code of the studio, the first part of every reference (EXP-3): letters and digits,
 *                        at most 8
 * @param iifDatePattern  the date pattern of IIF files ({@code MM/dd/yyyy}, as QuickBooks US reads it)
 * @param myobDatePattern the date pattern of MYOB files ({@code dd/MM/yyyy}, as AccountRight AU/NZ reads it)
 * @param clearingAccount the account Sage 50 journal lines use instead of the linked Accounts Receivable account,
 *                        which its general journal import cannot post to
 * @param xeroTaxRate     the tax rate name every Xero manual journal line carries (the tax is already in the lines)
 * @param accountCodes    account name → the account number or code the target package knows it by (Sage 50, MYOB,
 *                        Xero, QuickBooks Online); unmapped accounts are written by name
 */
public record ExportOptions(String studio, String iifDatePattern, String myobDatePattern, String clearingAccount,
        String xeroTaxRate, Map<String, String> accountCodes) {
    /** Validates and copies. */
    public ExportOptions {
        Objects.requireNonNull(studio, "studio");
        if (!studio.matches("[A-Za-z0-9]{1,8}")) {
            throw new IllegalArgumentException("a studio code is 1 to 8 letters or digits: " + studio);
        }
        Objects.requireNonNull(iifDatePattern, "iifDatePattern");
        Objects.requireNonNull(myobDatePattern, "myobDatePattern");
        Objects.requireNonNull(clearingAccount, "clearingAccount");
        Objects.requireNonNull(xeroTaxRate, "xeroTaxRate");
        accountCodes = java.util.Collections.unmodifiableMap(new TreeMap<>(accountCodes));
    }

    /** @return the defaults: studio code {@code SK}, US IIF dates, AU MYOB dates, "A/R Clearing", "Tax Exempt" */
    public static ExportOptions defaults() {
        return new ExportOptions("SK", "MM/dd/yyyy", "dd/MM/yyyy", "A/R Clearing", "Tax Exempt", Map.of());
    }

    /** @return these options with another studio code */
    public ExportOptions withStudio(String code) {
        return new ExportOptions(code, iifDatePattern, myobDatePattern, clearingAccount, xeroTaxRate, accountCodes);
    }

    /** @return these options with another IIF date pattern */
    public ExportOptions withIifDatePattern(String pattern) {
        return new ExportOptions(studio, pattern, myobDatePattern, clearingAccount, xeroTaxRate, accountCodes);
    }

    /** @return these options with another Sage 50 clearing account */
    public ExportOptions withClearingAccount(String account) {
        return new ExportOptions(studio, iifDatePattern, myobDatePattern, account, xeroTaxRate, accountCodes);
    }

    /** @return these options with account codes */
    public ExportOptions withAccountCodes(Map<String, String> codes) {
        return new ExportOptions(studio, iifDatePattern, myobDatePattern, clearingAccount, xeroTaxRate, codes);
    }

    /** @return the code an account is known by in the target package, or its name when unmapped */
    public String code(String account) {
        return accountCodes.getOrDefault(account, account);
    }
}
