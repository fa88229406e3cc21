package org.studiokit.examples.runner;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Discount;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.examples.script.IsoDate;
import org.studiokit.examples.script.Quote;
import tools.jackson.databind.JsonNode;

/**
 * Reads the values of one step's fields. A value of the wrong form — a JSON number where an amount string belongs,
 * too many decimals, a bad date, a fraction where a whole number belongs — refuses the step with {@code VALIDATION}
 * naming the field (SPEC §13). Absent and {@code null} fields read as absent.
 */
public final class StepInput {
    /** A plain decimal amount, whose size is checked against the record limit before it is parsed. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private final JsonNode fields;
    private final Currency currency;

    /**
     * @param fields   the step's JSON object
     * @param currency the studio currency
     */
    public StepInput(JsonNode fields, Currency currency) {
        this.fields = fields;
        this.currency = currency;
    }

    /** @return whether the field is present and not null */
    public boolean has(String name) {
        JsonNode n = fields.get(name);
        return n != null && !n.isNull();
    }

    /** @return the raw field, or null when absent */
    public JsonNode raw(String name) {
        return has(name) ? fields.get(name) : null;
    }

    /** @return a required string */
    public String string(String name) {
        return string(name, fields.get(name));
    }

    /** @return a string, or null when absent */
    public String optString(String name) {
        return has(name) ? string(name) : null;
    }

    /** @return a required amount: a JSON string with at most the currency's decimals */
    public Money amount(String name) {
        return amount(name, fields.get(name), currency);
    }

    /** @return an amount, or null when absent */
    public Money optAmount(String name) {
        return has(name) ? amount(name) : null;
    }

    /** @return a required ISO date */
    public LocalDate date(String name) {
        return date(name, fields.get(name));
    }

    /** @return a date, or null when absent */
    public LocalDate optDate(String name) {
        return has(name) ? date(name) : null;
    }

    /** @return a required JSON boolean */
    public boolean bool(String name) {
        JsonNode n = fields.get(name);
        if (n == null || !n.isBoolean()) {
            throw invalid(name, "must be true or false");
        }
        return n.booleanValue();
    }

    /** @return a boolean, false when absent */
    public boolean optBool(String name) {
        return has(name) && bool(name);
    }

    /** @return a required whole JSON number between the bounds */
    public long whole(String name, long min, long max) {
        return whole(name, fields.get(name), min, max);
    }

    /** @return the enum constant the string names, case-insensitively */
    public <E extends Enum<E>> E constant(String name, Class<E> type) {
        String text = string(name);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text.toUpperCase(Locale.ROOT))) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw invalid(name, Quote.of(text) + " is not one of " + String.join(", ", names));
    }

    /** @return a list of strings, or null when absent */
    public List<String> optStrings(String name) {
        return has(name) ? strings(name, fields.get(name)) : null;
    }

    /** @return a discount ({@code "25.00"} or {@code "10%"}), or null when absent */
    public Discount optDiscount(String name) {
        return has(name) ? discount(name, fields.get(name), currency) : null;
    }

    /** @return the lines of the field, or null when absent */
    public List<Line> optLines(String name) {
        return has(name) ? lines(name) : null;
    }

    /** @return the lines of a required field */
    public List<Line> lines(String name) {
        JsonNode node = fields.get(name);
        if (node == null || !node.isArray()) {
            throw invalid(name, "must be a JSON array of lines");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            lines.add(line(name + "[" + i + "]", node.get(i)));
        }
        return lines;
    }

    private Line line(String path, JsonNode node) {
        if (!node.isObject()) {
            throw invalid(path, "a line must be a JSON object");
        }
        StepInput line = new StepInput(node, currency);
        String item = string(path + ".item", node.get("item"));
        long qty = whole(path + ".qty", node.get("qty"), Long.MIN_VALUE, Long.MAX_VALUE);
        Money price = amount(path + ".price", node.get("price"), currency);
        Discount discount = line.has("discount") ? discount(path + ".discount", node.get("discount"), currency) : null;
        List<String> taxes = line.has("taxes") ? strings(path + ".taxes", node.get("taxes")) : null;
        return new Line(item, null, line.optText(path, "category"),
                line.optText(path, "account"), qty, price, discount, taxes);
    }

    private String optText(String path, String name) {
        return has(name) ? string(path + "." + name, fields.get(name)) : null;
    }

    private static String string(String name, JsonNode n) {
        if (n == null || !n.isString()) {
            throw invalid(name, "must be a JSON string");
        }
        return n.stringValue();
    }

    private static Money amount(String name, JsonNode n, Currency currency) {
        if (n == null || !n.isString()) {
            throw invalid(name, "an amount is a JSON string such as \"150.00\", not " + kind(n));
        }
        String text = n.stringValue();
        Money plain = Money.plain(text, currency);
        if (plain != null && plain.withinRecordLimit()) {
            return plain;
        }
        if (DECIMAL.matcher(text).matches()) {
            BigDecimal limit = BigDecimal.valueOf(Money.MAX_RECORD_MINOR, Money.decimals(currency));
            if (new BigDecimal(text).abs().compareTo(limit) > 0) {
                throw new StudioException(ErrorCode.VALIDATION, "field " + Quote.bare(name) + ": amount "
                        + Quote.bare(text) + " is over the limit of " + limit.toPlainString(), "field", name,
                        "amount", text, "limit", limit.toPlainString());
            }
        }
        try {
            return Money.parse(text, currency);
        } catch (StudioException e) {
            throw invalid(name, e.getMessage());
        }
    }

    private static Discount discount(String name, JsonNode n, Currency currency) {
        if (!n.isString()) {
            throw invalid(name, "a discount is a JSON string such as \"25.00\" or \"10%\", not " + kind(n));
        }
        try {
            return Discount.parse(n.stringValue(), currency);
        } catch (StudioException e) {
            throw invalid(name, e.getMessage());
        }
    }

    private static LocalDate date(String name, JsonNode n) {
        if (n == null || !n.isString()) {
            throw invalid(name, "a date is a JSON string yyyy-MM-dd, not " + kind(n));
        }
        try {
            return IsoDate.parse(n.stringValue());
        } catch (IllegalArgumentException e) {
            throw new StudioException(ErrorCode.VALIDATION, "field " + Quote.bare(name) + ": " + e.getMessage(),
                    "field", name, "date", n.stringValue());
        }
    }

    private static long whole(String name, JsonNode n, long min, long max) {
        if (n == null || !n.isNumber() || !n.isIntegralNumber() && !isWholeDecimal(n)) {
            throw invalid(name, "must be a whole JSON number, not " + (n != null && n.isNumber() ? n.toString()
                    : kind(n)));
        }
        BigInteger value = n.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            throw invalid(name, value + " is under the limit of " + min);
        }
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw invalid(name, value + " is over the limit of " + max);
        }
        return value.longValueExact();
    }

    private static boolean isWholeDecimal(JsonNode n) {
        return n.isBigDecimal() && n.decimalValue().stripTrailingZeros().scale() <= 0
                && n.decimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    private static List<String> strings(String name, JsonNode n) {
        if (!n.isArray()) {
            throw invalid(name, "must be a JSON array of strings");
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            list.add(string(name + "[" + i + "]", n.get(i)));
        }
        return list;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "nothing";
        }
        return n.isNumber() ? "a JSON number" : n.isBoolean() ? "a JSON boolean" : n.isArray() ? "a JSON array"
                : n.isObject() ? "a JSON object" : "a JSON string";
    }

    /** @return a {@code VALIDATION} refusal naming the field */
    public static StudioException invalid(String field, String what) {
        return new StudioException(ErrorCode.VALIDATION, "field " + Quote.bare(field) + ": " + what, "field", field);
    }
}
