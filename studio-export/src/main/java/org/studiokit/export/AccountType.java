package org.studiokit.export;

/**
 * How an account behaves, as the accounting packages need to know it: IIF's {@code ACCNTTYPE} and the top-level
 * account of the plain-text ledgers.
 */
public enum AccountType {
    /** Accounts Receivable. */
    RECEIVABLE("AR", "Assets"),
    /** Where money lands: a payment method's deposit account or Undeposited Funds. */
    ASSET("OCASSET", "Assets"),
    /** Customer Deposits and sales tax payable. */
    LIABILITY("OCLIAB", "Liabilities"),
    /** Sales, shipping, discounts. */
    INCOME("INC", "Income"),
    /** Bad debt. */
    EXPENSE("EXP", "Expenses");

    private final String iif;
    private final String root;

    AccountType(String iif, String root) {
        this.iif = iif;
        this.root = root;
    }

    /** @return the IIF ACCNTTYPE keyword */
    public String iif() {
        return iif;
    }

    /** @return the top-level account of ledger and Beancount journals */
    public String root() {
        return root;
    }
}
