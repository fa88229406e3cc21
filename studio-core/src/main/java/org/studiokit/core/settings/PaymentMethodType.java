package org.studiokit.core.settings;

/** Kinds of payment method (PAY-3). */
public enum PaymentMethodType {
    CASH, CHECK, CREDIT_CARD, GIFT_CERTIFICATE, OTHER
}
