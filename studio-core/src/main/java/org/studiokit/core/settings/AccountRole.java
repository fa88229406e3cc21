package org.studiokit.core.settings;

/** The accounts the studio maps to its chart of accounts (PST-4), with their default names. */
public enum AccountRole {
    AR("Accounts Receivable"),
    CUSTOMER_DEPOSITS("Customer Deposits"),
    SALES_TAX("Sales Tax Payable"),
    GENERAL_SALES("General Sales"),
    SHIPPING("Shipping & Handling"),
    DISCOUNTS("Discounts"),
    BAD_DEBT("Bad Debt"),
    UNDEPOSITED_FUNDS("Undeposited Funds");

    private final String defaultName;

    AccountRole(String defaultName) {
        this.defaultName = defaultName;
    }

    /** @return the default account name */
    public String defaultName() {
        return defaultName;
    }
}
