package org.studiokit.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * EXP-5: turns names into what a format accepts, deterministically. Each name is cleaned (the format's rule), then
 * shortened to the limit; a shortened name ends in {@code ~} and four characters of a digest of the original, so it
 * is the same in every file. Two names that still come out alike both get their digest suffix (a name that needed
 * no change keeps it), so different names never merge.
 */
public final class Names {
    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Map<String, String> table;

    private Names(Map<String, String> table) {
        this.table = table;
    }

    /**
     * @param names the names to map
     * @param limit the format's length limit, in characters
     * @param clean the format's cleaning rule; it must never return an empty string
     * @param mark  the character that separates a name from its digest suffix
     * @return the mapping of every name
     */
    public static Names of(Collection<String> names, int limit, UnaryOperator<String> clean, char mark) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : new TreeSet<>(names)) {
            String c = clean.apply(n);
            out.put(n, c.length() > limit ? suffixed(c, n, limit, mark, 4) : c);
        }
        for (int width = 4; width <= 12; width += 2) {
            Map<String, String> taken = new HashMap<>();
            boolean clash = false;
            for (Map.Entry<String, String> e : out.entrySet()) {
                String other = taken.putIfAbsent(e.getValue(), e.getKey());
                if (other != null) {
                    clash = true;
                    for (String original : new String[] {other, e.getKey()}) {
                        if (!original.equals(out.get(original))) {
                            out.put(original, suffixed(clean.apply(original), original, limit, mark, width + 2));
                        }
                    }
                }
            }
            if (!clash) {
                return new Names(out);
            }
        }
        throw new IllegalStateException("names still clash after shortening: " + names);
    }

    /** @return the format's form of a name mapped by this table */
    public String get(String name) {
        String s = table.get(name);
        if (s == null) {
            throw new IllegalArgumentException("name not in the table: " + name);
        }
        return s;
    }

    private static String suffixed(String cleaned, String original, int limit, char mark, int width) {
        String tail = mark + digest(original, width);
        int keep = Math.max(0, limit - tail.length());
        String head = cleaned.length() > keep ? cleaned.substring(0, keep) : cleaned;
        if (head.length() > 0 && Character.isHighSurrogate(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        return head.stripTrailing() + tail;
    }

    /** @return {@code width} base-36 characters of the SHA-256 of a text */
    static String digest(String text, int width) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < width; i++) {
                sb.append(DIGITS.charAt((d[i] & 0xff) % DIGITS.length()));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
