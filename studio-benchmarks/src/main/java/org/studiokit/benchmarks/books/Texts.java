package org.studiokit.benchmarks.books;

/** The fixed texts and the amount format the books share with {@code books.py}. */
final class Texts {
    /** The script's studio block and the opening of its steps, as Python's {@code json.dump} writes them. */
    static final String STUDIO_HEADER = "{\"studio\": {\"currency\": \"USD\", \"taxMode\": \"ADDED\", \"taxRates\": "
            + "[{\"code\": \"ST\", \"name\": \"State\", \"rate\": \"4\"}, {\"code\": \"CITY\", \"name\": \"City\", "
            + "\"rate\": \"4.5\"}], \"defaultTaxes\": [\"ST\", \"CITY\"]}, \"steps\": [";

    private Texts() {
    }

    /** @return minor units as a plain decimal with two places, e.g. {@code -12.05} */
    static String amount(long minor) {
        long abs = Math.abs(minor);
        long cents = abs % 100;
        return (minor < 0 ? "-" : "") + abs / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
