package org.studiokit.core;

/** Stable codes of business refusals (SPEC §12). The names never change; hosts may localise them. */
public enum ErrorCode {
    VALIDATION,
    NOT_FOUND,
    PERMISSION_DENIED,
    LOCKED,
    PERIOD_CLOSED,
    OVERPAYMENT,
    OVER_APPLICATION,
    OVER_REFUND,
    WRONG_CLIENT,
    WRONG_DOCUMENT_TYPE,
    DUPLICATE_KEY,
    ALREADY_FINAL,
    INVALID_STATUS_TRANSITION,
    NO_CHANGE,
    INVALID_BARCODE,
    WRONG_RECORD_TYPE,
    DUPLICATE_SCAN,
    CURRENCY_MISMATCH,
    MONEY_APPLIED,
    UNPOSTED_RECORDS,
    /** EXP-4: the batch was already exported in this format; a re-export must be asked for explicitly. */
    ALREADY_EXPORTED
}
