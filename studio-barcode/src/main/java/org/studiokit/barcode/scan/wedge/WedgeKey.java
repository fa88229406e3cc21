package org.studiokit.barcode.scan.wedge;

/**
 * One key event fed to a keyboard wedge.
 *
 * @param character       the typed character; ignored for Enter
 * @param enter           whether the key is Enter (the end of a scan)
 * @param timestampMillis when the key arrived, in milliseconds on any steady scale (such as the UI toolkit's
 *                        event time)
 */
public record WedgeKey(char character, boolean enter, long timestampMillis) {

    /** @return a typed character */
    public static WedgeKey of(char character, long timestampMillis) {
        return new WedgeKey(character, false, timestampMillis);
    }

    /** @return the Enter key */
    public static WedgeKey enter(long timestampMillis) {
        return new WedgeKey('\n', true, timestampMillis);
    }
}
