package org.studiokit.examples.script;

import static org.studiokit.examples.script.BlockReader.array;
import static org.studiokit.examples.script.BlockReader.bool;
import static org.studiokit.examples.script.BlockReader.constant;
import static org.studiokit.examples.script.BlockReader.keys;
import static org.studiokit.examples.script.BlockReader.optString;
import static org.studiokit.examples.script.BlockReader.string;
import static org.studiokit.examples.script.BlockReader.strings;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.core.StudioException;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.AccountRole;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.OrderType;
import org.studiokit.core.settings.PaymentMethod;
import org.studiokit.core.settings.PaymentMethodType;
import org.studiokit.core.settings.PostingPolicyKind;
import org.studiokit.core.settings.SessionType;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxMode;
import org.studiokit.core.settings.TaxRate;
import tools.jackson.databind.JsonNode;

/**
 * The studio block of a script (SPEC §13): settings, users and the starting lock date. Every field but
 * {@code currency} is optional; unknown keys and values of the wrong form make the script malformed.
 *
 * @param settings the studio settings
 * @param users    the users by name, in the order given (the first is the default {@code as})
 * @param lockDate the lock date to start with, or null
 */
public record StudioBlock(StudioSettings settings, Map<String, Actor> users, LocalDate lockDate) {
    /** The keys the block may have. */
    public static final Set<String> KEYS = Set.of("currency", "postingPolicy", "taxMode", "rounding", "taxRates",
            "defaultTaxes", "shippingTaxable", "allowOverpayment", "paymentMethods", "sessionTypes", "items",
            "accounts", "orderTypes", "users", "numbering", "lockDate");

    /** Copies. */
    public StudioBlock {
        users = Collections.unmodifiableMap(new LinkedHashMap<>(users));
    }

    /** @return the first user: who runs a step without {@code as} */
    public Actor defaultUser() {
        return users.values().iterator().next();
    }

    /**
     * Reads the block.
     *
     * @throws MalformedScriptException naming the field when anything is unknown, missing or of the wrong form
     */
    public static StudioBlock read(JsonNode block) {
        keys(block, "", KEYS, Set.of("currency"));
        StudioSettings.Builder b = new StudioSettings.Builder(currency(block.get("currency")));
        try {
            configure(b, block);
            return new StudioBlock(b.build(), users(block.get("users")), lockDate(block.get("lockDate")));
        } catch (StudioException e) {
            throw new MalformedScriptException("studio block: " + e.getMessage());
        }
    }

    private static void configure(StudioSettings.Builder b, JsonNode block) {
        for (Map.Entry<String, JsonNode> e : block.properties()) {
            JsonNode v = e.getValue();
            String key = e.getKey();
            if (v.isNull()) {
                continue;
            }
            switch (key) {
                case "postingPolicy" -> b.postingPolicy(policy(v));
                case "taxMode" -> b.taxMode(constant(v, key, TaxMode.class));
                case "rounding" -> b.rounding(rounding(v));
                case "taxRates" -> taxRates(b, v);
                case "defaultTaxes" -> b.defaultTaxes(strings(v, key));
                case "shippingTaxable" -> b.shippingTaxable(bool(v, key));
                case "allowOverpayment" -> b.allowOverpayment(bool(v, key));
                case "paymentMethods" -> b.paymentMethods(paymentMethods(v));
                case "sessionTypes" -> sessionTypes(b, v);
                case "items" -> items(b, v);
                case "accounts" -> accounts(b, v);
                case "orderTypes" -> b.orderTypes(orderTypes(v));
                case "numbering" -> b.numbering(NumberingBlock.read(v));
                default -> {
                    // currency, users and lockDate are read on their own
                }
            }
        }
    }

    private static Currency currency(JsonNode node) {
        String code = string(node, "currency");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw MalformedScriptException.inStudio("currency", Quote.of(code) + " is not an ISO 4217 currency code");
        }
    }

    private static PostingPolicyKind policy(JsonNode v) {
        PostingPolicyKind kind = constant(v, "postingPolicy", PostingPolicyKind.class);
        if (kind == PostingPolicyKind.CUSTOM) {
            throw MalformedScriptException.inStudio("postingPolicy",
                    "CUSTOM needs a host-supplied predicate, which a script cannot give");
        }
        return kind;
    }

    private static RoundingMode rounding(JsonNode v) {
        String text = string(v, "rounding");
        return switch (text) {
            case "HALF_UP" -> RoundingMode.HALF_UP;
            case "HALF_EVEN" -> RoundingMode.HALF_EVEN;
            default -> throw MalformedScriptException.inStudio("rounding", "must be HALF_UP or HALF_EVEN");
        };
    }

    private static void taxRates(StudioSettings.Builder b, JsonNode v) {
        List<JsonNode> rates = array(v, "taxRates");
        for (int i = 0; i < rates.size(); i++) {
            String path = "taxRates[" + i + "]";
            JsonNode r = rates.get(i);
            keys(r, path, Set.of("code", "name", "rate", "account"), Set.of("code", "rate"));
            b.taxRate(TaxRate.of(string(r.get("code"), path + ".code"), optString(r, "name", path),
                    BlockReader.decimal(r.get("rate"), path + ".rate"), optString(r, "account", path)));
        }
    }

    private static List<PaymentMethod> paymentMethods(JsonNode v) {
        List<PaymentMethod> methods = new ArrayList<>();
        List<JsonNode> list = array(v, "paymentMethods");
        for (int i = 0; i < list.size(); i++) {
            String path = "paymentMethods[" + i + "]";
            JsonNode m = list.get(i);
            keys(m, path, Set.of("name", "type", "account", "exportIndividually"), Set.of("name", "type"));
            JsonNode individually = m.get("exportIndividually");
            boolean each = individually != null && !individually.isNull()
                    && bool(individually, path + ".exportIndividually");
            methods.add(new PaymentMethod(string(m.get("name"), path + ".name"),
                    constant(m.get("type"), path + ".type", PaymentMethodType.class), optString(m, "account", path),
                    each));
        }
        return methods;
    }

    private static void sessionTypes(StudioSettings.Builder b, JsonNode v) {
        List<JsonNode> list = array(v, "sessionTypes");
        for (int i = 0; i < list.size(); i++) {
            String path = "sessionTypes[" + i + "]";
            JsonNode t = list.get(i);
            keys(t, path, Set.of("name", "account"), Set.of("name"));
            b.sessionType(new SessionType(string(t.get("name"), path + ".name"), optString(t, "account", path)));
        }
    }

    private static void items(StudioSettings.Builder b, JsonNode v) {
        List<JsonNode> list = array(v, "items");
        for (int i = 0; i < list.size(); i++) {
            String path = "items[" + i + "]";
            JsonNode t = list.get(i);
            keys(t, path, Set.of("name", "account", "taxes"), Set.of("name"));
            JsonNode taxes = t.get("taxes");
            b.item(new Item(string(t.get("name"), path + ".name"), optString(t, "account", path),
                    taxes == null || taxes.isNull() ? null : strings(taxes, path + ".taxes")));
        }
    }

    private static void accounts(StudioSettings.Builder b, JsonNode v) {
        BlockReader.object(v, "accounts");
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            String path = "accounts." + e.getKey();
            AccountRole role = null;
            for (AccountRole r : AccountRole.values()) {
                role = r.name().equals(e.getKey()) ? r : role;
            }
            if (role == null) {
                throw MalformedScriptException.inStudio(path, "unknown account role " + Quote.of(e.getKey())
                        + "; roles are " + BlockReader.names(AccountRole.class));
            }
            String name = string(e.getValue(), path);
            if (name.isBlank()) {
                throw MalformedScriptException.inStudio(path, "an account name is not blank");
            }
            b.account(role, name);
        }
    }

    private static List<OrderType> orderTypes(JsonNode v) {
        List<OrderType> types = new ArrayList<>();
        List<JsonNode> list = array(v, "orderTypes");
        for (int i = 0; i < list.size(); i++) {
            String path = "orderTypes[" + i + "]";
            JsonNode t = list.get(i);
            keys(t, path, Set.of("name", "statuses", "holds"), Set.of("name", "statuses"));
            JsonNode holds = t.get("holds");
            types.add(new OrderType(string(t.get("name"), path + ".name"),
                    strings(t.get("statuses"), path + ".statuses"),
                    holds == null || holds.isNull() ? List.of() : strings(holds, path + ".holds"), 10, true));
        }
        return types;
    }

    private static Map<String, Actor> users(JsonNode v) {
        Map<String, Actor> users = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            users.put("owner", Actor.of("owner", Role.OWNER));
            return users;
        }
        List<JsonNode> list = array(v, "users");
        if (list.isEmpty()) {
            throw MalformedScriptException.inStudio("users", "name at least one user");
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "users[" + i + "]";
            JsonNode u = list.get(i);
            keys(u, path, Set.of("name", "role"), Set.of("name", "role"));
            String name = string(u.get("name"), path + ".name");
            if (name.isBlank() || users.containsKey(name)) {
                throw MalformedScriptException.inStudio(path + ".name", name.isBlank() ? "a user needs a name"
                        : "user " + Quote.of(name) + " is declared twice");
            }
            users.put(name, Actor.of(name, constant(u.get("role"), path + ".role", Role.class)));
        }
        return users;
    }

    private static LocalDate lockDate(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        String text = string(v, "lockDate");
        try {
            return IsoDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw MalformedScriptException.inStudio("lockDate", e.getMessage());
        }
    }
}
