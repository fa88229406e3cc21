package org.studiokit.examples.runner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random scenario scripts from a seeded {@link Random}: a random studio and a sequence of steps over the records
 * made so far. Each op is chosen only when the records it needs exist; dates move forward; amounts are sized so
 * most money steps fit; values of the wrong form, back-dated steps, other users and expectations are mixed in, so
 * valid and refused steps alternate. Every script is well-formed: it never exits 2.
 */
final class ScriptGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] REPORTS = {"trial-balance", "ar-aging", "deposit-reconciliation", "reconciliation",
        "cash-receipts", "sales-tax", "posting-summary", "payment-list", "order-status"};
    private static final String[] CODES = {"VALIDATION", "NOT_FOUND", "OVERPAYMENT", "OVER_APPLICATION", "LOCKED",
        "NO_CHANGE", "PERMISSION_DENIED", "PERIOD_CLOSED"};
    private static final String[] STATUSES = {"Ordered", "In Production", "Shipped", "Received", "Delivered",
        "On Hold", "Waiting on Client", "Nowhere"};

    /** A ref the script defined, with what later steps need to know about it. */
    private record Made(String ref, String kind, String client) {
    }

    private final Random r;
    private final List<Made> made = new ArrayList<>();
    private int decimals;
    private int refs;
    private int day;
    private Made unlocked;

    ScriptGenerator(Random r) {
        this.r = r;
    }

    /** @return a script of the given number of steps */
    ObjectNode script(int steps) {
        ObjectNode script = F.objectNode();
        script.set("studio", studio());
        ArrayNode list = script.putArray("steps");
        for (int i = 0; i < steps; i++) {
            if (r.nextInt(3) == 0) {
                day += 1 + r.nextInt(2);
            }
            list.add(step());
        }
        return script;
    }

    private ObjectNode studio() {
        ObjectNode s = F.objectNode();
        String currency = pick("USD", "USD", "USD", "GBP", "JPY");
        decimals = currency.equals("JPY") ? 0 : 2;
        s.put("currency", currency);
        s.put("postingPolicy", pick("WHEN_CREATED", "WHEN_CREATED", "WHEN_PAID_IN_FULL",
                "WHEN_PAID_IN_FULL_AND_DELIVERED"));
        s.put("taxMode", pick("ADDED", "ADDED_PER_LINE", "INCLUSIVE"));
        s.put("rounding", pick("HALF_UP", "HALF_EVEN"));
        ArrayNode rates = s.putArray("taxRates");
        rates.addObject().put("code", "ST").put("rate", pick("4", "6.25", "20", "0"));
        rates.addObject().put("code", "CITY").put("rate", pick("0.5", "4.5", "7.375"));
        ArrayNode defaults = s.putArray("defaultTaxes");
        if (r.nextBoolean()) {
            defaults.add("ST");
        }
        if (r.nextBoolean()) {
            defaults.add("CITY");
        }
        s.put("shippingTaxable", r.nextBoolean());
        s.put("allowOverpayment", r.nextInt(4) == 0);
        ArrayNode users = s.putArray("users");
        users.addObject().put("name", "owner").put("role", "OWNER");
        users.addObject().put("name", "mgr").put("role", "MANAGER");
        users.addObject().put("name", "clerk").put("role", "CLERK");
        return s;
    }

    private ObjectNode step() {
        ObjectNode s = F.objectNode();
        Made defined = null;
        int roll = r.nextInt(100);
        Made client = find(m -> m.kind.equals("client"));
        Made invoice = find(m -> m.kind.equals("invoice"));
        Made credit = find(m -> m.kind.equals("credit"));
        Made source = find(m -> m.kind.equals("deposit") || m.kind.equals("unapply"));
        Made paid = find(m -> m.kind.equals("payment") || m.kind.equals("application"));
        Made order = find(m -> m.kind.equals("order"));
        if (unlocked != null && r.nextBoolean()) {
            s.put("op", "edit").put("record", unlocked.ref);
            edit(s, unlocked.kind);
            unlocked = null;
        } else if (client == null || roll < 6) {
            s.put("op", "client").put("name", pick("Ann", "Ben Ode", "Çelik & Sons", "O'Brien"));
            defined = new Made(next(), "client", null);
            defined = new Made(defined.ref, "client", defined.ref);
        } else if (roll < 11) {
            s.put("op", "session").put("client", client.ref).put("date", date())
                    .put("sessionType", pick("Family", "Senior", "Wedding"));
            defined = new Made(next(), "session", client.ref);
        } else if (roll < 24) {
            defined = invoice(s, client);
        } else if (roll < 27 && invoice != null) {
            s.put("op", "creditMemo").put("original", invoice.ref).put("date", date()).put("reason", "returned");
            if (r.nextBoolean()) {
                s.put("entire", r.nextBoolean());
            }
            if (r.nextInt(3) == 0) {
                s.set("lines", lines(true));
            }
            defined = new Made(next(), "credit", invoice.client);
        } else if (roll < 38 && invoice != null) {
            s.put("op", "payment").put("invoice", invoice.ref);
            money(s, true, 5, 150);
            if (r.nextInt(4) == 0) {
                s.put("key", "k" + r.nextInt(6));
            }
            defined = new Made(next(), "payment", invoice.client);
        } else if (roll < 43) {
            s.put("op", "deposit").put("client", client.ref);
            money(s, true, 50, 300);
            defined = new Made(next(), "deposit", client.ref);
        } else if (roll < 48 && source != null && invoice != null) {
            Made same = find(m -> m.kind.equals("invoice") && m.client.equals(source.client));
            s.put("op", "applyDeposit").put("deposit", source.ref).put("invoice", (same != null ? same : invoice).ref);
            money(s, false, 5, 60);
            defined = new Made(next(), "application", source.client);
        } else if (roll < 51 && source != null) {
            s.put("op", "refundDeposit").put("deposit", source.ref);
            money(s, true, 5, 60);
            defined = new Made(next(), "refund", source.client);
        } else if (roll < 54 && credit != null) {
            s.put("op", "refund").put("invoice", credit.ref);
            money(s, true, 1, 30);
            defined = new Made(next(), "refund", credit.client);
        } else if (roll < 57 && credit != null && invoice != null) {
            s.put("op", "transferCredit").put("from", credit.ref).put("to", invoice.ref);
            money(s, false, 1, 30);
            defined = new Made(next(), "transfer", credit.client);
        } else if (roll < 60 && paid != null) {
            s.put("op", "unapply").put("payment", paid.ref).put("date", date());
            defined = new Made(next(), "unapply", paid.client);
        } else if (roll < 62 && invoice != null) {
            s.put("op", "writeOff").put("invoice", invoice.ref);
            money(s, false, 1, 30);
            defined = new Made(next(), "credit", invoice.client);
        } else if (roll < 66) {
            s.put("op", "quickSale").put("date", date()).put("method", method());
            s.set("lines", lines(false));
            defined = new Made(next(), "quick", "none");
        } else if (roll < 68 && invoice != null) {
            s.put("op", "paymentPlan").put("invoice", invoice.ref).put("count", r.nextInt(6))
                    .put("frequency", pick("WEEKLY", "biweekly", "MONTHLY")).put("first", date());
        } else if (roll < 72 && invoice != null) {
            s.put("op", "productionOrder").put("invoice", invoice.ref).put("vendor", "Lab")
                    .put("kind", pick("WORK_ORDER", "PURCHASE_ORDER"));
            if (r.nextInt(4) == 0) {
                s.put("number", 1 + r.nextInt(12));
            }
            defined = new Made(next(), "order", invoice.client);
        } else if (roll < 75 && order != null) {
            if (r.nextBoolean()) {
                s.put("op", "advance").put("order", order.ref);
            } else {
                s.put("op", "setStatus").put("order", order.ref).put("status", pick(STATUSES));
            }
        } else if (roll < 78) {
            scan(s);
        } else if (roll < 85) {
            s.put("op", "post").put("through", LocalDate.of(2026, 3, 1).plusDays(day + r.nextInt(3)).toString());
            if (r.nextInt(5) == 0) {
                s.putArray("methods").add(method());
            }
            defined = new Made(next(), "post", null);
        } else if (roll < 90 && !made.isEmpty()) {
            Made any = made.get(r.nextInt(made.size()));
            String op = pick("unlock", "unlock", "edit", "edit", "delete", "show");
            s.put("op", op).put("record", any.ref);
            if (op.equals("unlock")) {
                s.put("reason", "correction");
                unlocked = any;
            } else if (op.equals("edit")) {
                edit(s, any.kind);
            }
        } else if (roll < 91) {
            s.put("op", "closePeriod").put("through", LocalDate.of(2026, 3, 1).plusDays(day - 4).toString());
        } else if (roll < 96) {
            report(s);
        } else if (roll < 98 && invoice != null) {
            s.put("op", "delivered").put("invoice", invoice.ref).put("date", date());
        } else {
            s.put("op", "verifyAudit");
        }
        if (defined != null) {
            s.put("ref", defined.ref);
            made.add(defined);
        }
        if (r.nextInt(8) == 0) {
            s.put("as", pick("owner", "mgr", "clerk"));
        }
        if (r.nextInt(12) == 0) {
            s.put("expect", pick(CODES));
        }
        return s;
    }

    private Made invoice(ObjectNode s, Made client) {
        Made session = find(m -> m.kind.equals("session"));
        String type = session == null ? pick("GENERIC", "ESTIMATE") : pick("SESSION_FEE", "INITIAL_ORDER", "REORDER",
                "GENERIC", "GENERIC", "ESTIMATE", "CREDIT_MEMO");
        s.put("op", "invoice").put("type", type);
        String billTo = client.ref;
        if (type.equals("SESSION_FEE") || type.equals("INITIAL_ORDER") || type.equals("REORDER")) {
            s.put("session", session.ref);
            billTo = session.client;
        } else {
            s.put("client", client.ref);
        }
        s.put("date", date());
        s.set("lines", lines(type.equals("CREDIT_MEMO")));
        if (r.nextInt(4) == 0) {
            s.put("discount", r.nextBoolean() ? pick("5%", "10%", "12.5%") : amount(1, 10));
        }
        if (r.nextInt(4) == 0) {
            s.put("shipping", amount(1, 15));
        }
        if (r.nextInt(6) == 0) {
            s.putArray("taxes").add("ST");
        }
        String kind = type.equals("CREDIT_MEMO") ? "credit" : type.equals("ESTIMATE") ? "estimate" : "invoice";
        return new Made(next(), kind, billTo);
    }

    private ArrayNode lines(boolean credit) {
        ArrayNode lines = F.arrayNode();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            ObjectNode l = lines.addObject();
            l.put("item", pick("Print", "Canvas", "Session fee", "Album"));
            int qty = 1 + r.nextInt(3);
            l.put("qty", credit || r.nextInt(40) == 0 ? -qty : qty);
            l.put("price", amount(20, 300));
            if (r.nextInt(5) == 0) {
                l.put("discount", r.nextBoolean() ? "10%" : amount(1, 5));
            }
            if (r.nextInt(6) == 0) {
                l.putArray("taxes");
            }
            if (r.nextInt(8) == 0) {
                l.put("account", "Print Sales");
            }
        }
        return lines;
    }

    private void money(ObjectNode s, boolean method, int min, int max) {
        s.put("date", date());
        if (method) {
            s.put("method", method());
        }
        int form = r.nextInt(50);
        if (form == 0) {
            s.put("amount", 12.5);
        } else if (form == 1) {
            s.put("amount", "1.005");
        } else {
            s.put("amount", amount(min, max));
        }
    }

    private void scan(ObjectNode s) {
        boolean set = r.nextBoolean();
        s.put("op", "scan").put("mode", set ? "SET" : "ADVANCE");
        if (set) {
            s.put("status", pick(STATUSES));
        }
        ArrayNode codes = s.putArray("codes");
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            codes.add(pick("P1", "P2", "p3", "]C0P1", "P4", "I1001", "C1", "P999", "xyz", "P0", " P2 "));
        }
    }

    private void edit(ObjectNode s, String kind) {
        boolean document = kind.equals("invoice") || kind.equals("credit") || kind.equals("estimate");
        switch (r.nextInt(document ? 4 : 3)) {
            case 0 -> s.put("date", date());
            case 1 -> {
                if (document) {
                    s.set("lines", lines(kind.equals("credit")));
                } else {
                    s.put("amount", amount(1, 50));
                }
            }
            case 2 -> {
                if (document) {
                    s.put("discount", "5%");
                } else {
                    s.put("method", method());
                }
            }
            default -> s.put("shipping", amount(1, 10));
        }
    }

    private void report(ObjectNode s) {
        String name = pick(REPORTS);
        s.put("op", "report").put("name", name);
        Made post = find(m -> m.kind.equals("post"));
        switch (name) {
            case "trial-balance" -> {
                if (r.nextBoolean() && post != null) {
                    s.put("batch", post.ref);
                } else if (r.nextBoolean()) {
                    s.put("asOf", date());
                }
            }
            case "ar-aging", "deposit-reconciliation" -> s.put("asOf", date());
            case "cash-receipts", "sales-tax", "payment-list" -> s.put("from", "2026-03-01").put("to", date());
            default -> {
                // the other reports take no parameters
            }
        }
    }

    /** @return one of the last few records of a kind, or null when there is none */
    private Made find(Predicate<Made> kind) {
        List<Made> matches = made.stream().filter(kind).toList();
        return matches.isEmpty() ? null : matches.get(matches.size() - 1 - r.nextInt(Math.min(matches.size(), 3)));
    }

    private String next() {
        return "r" + refs++;
    }

    private String date() {
        int back = r.nextInt(20) == 0 ? r.nextInt(10) : 0;
        return LocalDate.of(2026, 3, 1).plusDays(day - back).toString();
    }

    private String method() {
        return r.nextInt(25) == 0 ? "Bitcoin" : pick("Cash", "Check", "Credit Card");
    }

    private String amount(int min, int max) {
        long whole = min + r.nextInt(max - min + 1);
        if (decimals == 0) {
            return Long.toString(whole);
        }
        return whole + "." + String.format("%02d", r.nextInt(100));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }
}
