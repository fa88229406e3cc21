package org.studiokit.benchmarks.db;

/** A one-line invoice's totals as the JSON text the studio stores in {@code sk_document.totals}. */
final class Totals {
    private Totals() {
    }

    /** @return the totals of a line of {@code net} taxed {@code st} (State) and {@code ct} (City), in minor units */
    static String json(long net, long st, long ct) {
        String zero = usd(0);
        return "{\"subtotal\":" + usd(net) + ",\"discount\":" + zero + ",\"shipping\":" + zero + ",\"tax\":"
                + usd(st + ct) + ",\"total\":" + usd(net + st + ct) + ",\"taxes\":{\"ST\":" + usd(st) + ",\"CITY\":"
                + usd(ct) + "},\"taxable\":{\"ST\":" + usd(net) + ",\"CITY\":" + usd(net) + "},\"lines\":[{\"gross\":"
                + usd(net) + ",\"lineDiscount\":" + zero + ",\"invoiceDiscount\":" + zero + ",\"amount\":" + usd(net)
                + ",\"taxes\":[\"ST\",\"CITY\"],\"net\":" + usd(net) + "}],\"shippingTaxes\":[],\"shippingNet\":"
                + zero + "}";
    }

    private static String usd(long minor) {
        return "{\"minor\":" + minor + ",\"currency\":\"USD\"}";
    }
}
