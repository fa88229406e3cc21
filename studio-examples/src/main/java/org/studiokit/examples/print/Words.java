package org.studiokit.examples.print;

import java.util.Locale;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.movement.MovementKind;

/** How printouts name types and kinds: {@code SESSION_FEE} prints as "Session fee". */
final class Words {
    private Words() {
    }

    /** @return an enum constant's name as words, first letter capital */
    static String of(Enum<?> constant) {
        String s = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** @return what a printout calls a document of a type */
    static String document(DocumentType type) {
        return switch (type) {
            case CREDIT_MEMO -> "Credit memo";
            case ESTIMATE -> "Estimate";
            default -> "Invoice";
        };
    }

    /** @return what a printout calls a movement on an invoice */
    static String movement(MovementKind kind, boolean incoming) {
        return switch (kind) {
            case PAYMENT -> "Payment";
            case APPLICATION -> "Deposit applied";
            case REFUND -> "Refund";
            case UNAPPLY -> "Un-applied";
            case TRANSFER -> incoming ? "Credit transferred in" : "Credit transferred out";
            case DEPOSIT -> "Deposit";
        };
    }
}
