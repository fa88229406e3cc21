package org.studiokit.core.settings;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/**
 * A studio's settings. Immutable; change them with {@link #toBuilder()}.
 *
 * @param currency          the studio currency
 * @param taxMode           how tax is computed (TAX-2)
 * @param rounding          HALF_UP (default) or HALF_EVEN (MON-2)
 * @param taxRates          tax rates by code, in declaration order
 * @param defaultTaxes      the default set of rate codes for invoices (TAX-3)
 * @param shippingTaxable   whether shipping is taxed with the invoice's rates
 * @param allowOverpayment  whether a payment may exceed the balance due (PAY-1)
 * @param postingPolicy     the document posting policy (PST-2)
 * @param paymentMethods    payment methods by name
 * @param sessionTypes      session types by name
 * @param items             items by name
 * @param accounts          account names by role (roles missing use their default name)
 * @param orderTypes        production order types by name
 * @param numbering         where number sequences start
 * @param writeOffItem      the item used by write-offs (DOC-11)
 */
public record StudioSettings(
        Currency currency,
        TaxMode taxMode,
        RoundingMode rounding,
        Map<String, TaxRate> taxRates,
        List<String> defaultTaxes,
        boolean shippingTaxable,
        boolean allowOverpayment,
        PostingPolicyKind postingPolicy,
        Map<String, PaymentMethod> paymentMethods,
        Map<String, SessionType> sessionTypes,
        Map<String, Item> items,
        Map<AccountRole, String> accounts,
        Map<String, OrderType> orderTypes,
        Numbering numbering,
        String writeOffItem) {

    /** Validates and copies. */
    public StudioSettings {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(taxMode, "taxMode");
        Objects.requireNonNull(postingPolicy, "postingPolicy");
        Objects.requireNonNull(numbering, "numbering");
        if (rounding != RoundingMode.HALF_UP && rounding != RoundingMode.HALF_EVEN) {
            throw new StudioException(ErrorCode.VALIDATION, "rounding must be HALF_UP or HALF_EVEN", "rounding", rounding);
        }
        taxRates = Collections.unmodifiableMap(new LinkedHashMap<>(taxRates));
        defaultTaxes = List.copyOf(defaultTaxes);
        for (String code : defaultTaxes) {
            if (!taxRates.containsKey(code)) {
                throw new StudioException(ErrorCode.VALIDATION, "unknown tax code " + code, "code", code);
            }
        }
        paymentMethods = Collections.unmodifiableMap(new LinkedHashMap<>(paymentMethods));
        sessionTypes = Collections.unmodifiableMap(new LinkedHashMap<>(sessionTypes));
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        EnumMap<AccountRole, String> acc = new EnumMap<>(AccountRole.class);
        for (AccountRole role : AccountRole.values()) {
            String name = accounts.get(role);
            acc.put(role, name == null || name.isBlank() ? role.defaultName() : name);
        }
        accounts = Collections.unmodifiableMap(acc);
        orderTypes = Collections.unmodifiableMap(OrderType.withBuiltIns(orderTypes));
        Objects.requireNonNull(writeOffItem, "writeOffItem");
    }

    /** @return default settings for a currency: no taxes, ADDED, HALF_UP, WHEN_CREATED, the default methods */
    public static StudioSettings defaults(Currency currency) {
        return new Builder(currency).build();
    }

    /** @return default settings for a currency code such as "USD" */
    public static StudioSettings defaults(String currencyCode) {
        return defaults(Currency.getInstance(currencyCode));
    }

    /** @return the account name for a role */
    public String account(AccountRole role) {
        return accounts.get(role);
    }

    /** @return the tax rate with the code ({@code VALIDATION} when unknown) */
    public TaxRate taxRate(String code) {
        TaxRate rate = taxRates.get(code);
        if (rate == null) {
            throw new StudioException(ErrorCode.VALIDATION, "unknown tax code " + code, "code", code);
        }
        return rate;
    }

    /** @return the payment method with the name ({@code VALIDATION} when unknown) */
    public PaymentMethod paymentMethod(String name) {
        PaymentMethod method = paymentMethods.get(name);
        if (method == null) {
            throw new StudioException(ErrorCode.VALIDATION, "unknown payment method " + name, "method", name);
        }
        return method;
    }

    /** @return the GL deposit account of a payment method */
    public String depositAccount(String method) {
        PaymentMethod m = paymentMethods.get(method);
        return m == null || m.account() == null ? account(AccountRole.UNDEPOSITED_FUNDS) : m.account();
    }

    /** @return the GL account of a tax rate */
    public String taxAccount(String code) {
        TaxRate rate = taxRates.get(code);
        return rate == null || rate.account() == null ? account(AccountRole.SALES_TAX) : rate.account();
    }

    /** @return a builder starting from these settings */
    public Builder toBuilder() {
        Builder b = new Builder(currency);
        b.taxMode = taxMode;
        b.rounding = rounding;
        b.taxRates = new LinkedHashMap<>(taxRates);
        b.defaultTaxes = new ArrayList<>(defaultTaxes);
        b.shippingTaxable = shippingTaxable;
        b.allowOverpayment = allowOverpayment;
        b.postingPolicy = postingPolicy;
        b.paymentMethods = new LinkedHashMap<>(paymentMethods);
        b.sessionTypes = new LinkedHashMap<>(sessionTypes);
        b.items = new LinkedHashMap<>(items);
        b.accounts = new EnumMap<>(accounts);
        b.orderTypes = new LinkedHashMap<>(orderTypes);
        b.numbering = numbering;
        b.writeOffItem = writeOffItem;
        return b;
    }

    /** Builds settings step by step. */
    public static final class Builder {
        private final Currency currency;
        private TaxMode taxMode = TaxMode.ADDED;
        private RoundingMode rounding = RoundingMode.HALF_UP;
        private Map<String, TaxRate> taxRates = new LinkedHashMap<>();
        private List<String> defaultTaxes = new ArrayList<>();
        private boolean shippingTaxable;
        private boolean allowOverpayment;
        private PostingPolicyKind postingPolicy = PostingPolicyKind.WHEN_CREATED;
        private Map<String, PaymentMethod> paymentMethods = new LinkedHashMap<>();
        private Map<String, SessionType> sessionTypes = new LinkedHashMap<>();
        private Map<String, Item> items = new LinkedHashMap<>();
        private Map<AccountRole, String> accounts = new EnumMap<>(AccountRole.class);
        private Map<String, OrderType> orderTypes = new LinkedHashMap<>();
        private Numbering numbering = Numbering.defaults();
        private String writeOffItem = "Write-Off";

        /** Starts from the defaults for a currency. */
        public Builder(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
            for (PaymentMethod m : List.of(new PaymentMethod("Cash", PaymentMethodType.CASH, null, false),
                    new PaymentMethod("Check", PaymentMethodType.CHECK, null, true),
                    new PaymentMethod("Credit Card", PaymentMethodType.CREDIT_CARD, null, false))) {
                paymentMethods.put(m.name(), m);
            }
            orderTypes = OrderType.withBuiltIns(Map.of());
        }

        /** Sets the tax mode. */
        public Builder taxMode(TaxMode mode) {
            this.taxMode = mode;
            return this;
        }

        /** Sets the rounding mode. */
        public Builder rounding(RoundingMode mode) {
            this.rounding = mode;
            return this;
        }

        /** Adds a tax rate. */
        public Builder taxRate(TaxRate rate) {
            if (taxRates.containsKey(rate.code())) {
                throw new StudioException(ErrorCode.VALIDATION, "tax code " + rate.code() + " declared twice",
                        "code", rate.code());
            }
            taxRates.put(rate.code(), rate);
            return this;
        }

        /** Sets the default tax codes. */
        public Builder defaultTaxes(List<String> codes) {
            this.defaultTaxes = new ArrayList<>(codes);
            return this;
        }

        /** Sets whether shipping is taxable. */
        public Builder shippingTaxable(boolean value) {
            this.shippingTaxable = value;
            return this;
        }

        /** Sets whether overpayment is allowed. */
        public Builder allowOverpayment(boolean value) {
            this.allowOverpayment = value;
            return this;
        }

        /** Sets the posting policy. */
        public Builder postingPolicy(PostingPolicyKind policy) {
            this.postingPolicy = policy;
            return this;
        }

        /** Replaces every payment method. */
        public Builder paymentMethods(List<PaymentMethod> methods) {
            paymentMethods = new LinkedHashMap<>();
            methods.forEach(this::paymentMethod);
            return this;
        }

        /** Adds or replaces a payment method. */
        public Builder paymentMethod(PaymentMethod method) {
            paymentMethods.put(method.name(), method);
            return this;
        }

        /** Adds or replaces a session type. */
        public Builder sessionType(SessionType type) {
            sessionTypes.put(type.name(), type);
            return this;
        }

        /** Adds or replaces an item. */
        public Builder item(Item item) {
            items.put(item.name(), item);
            return this;
        }

        /** Maps an account role to a name. */
        public Builder account(AccountRole role, String name) {
            accounts.put(role, name);
            return this;
        }

        /**
         * PRD-1: sets the studio's own order types: each adds a type or redefines a built-in one ("Print",
         * "Generic" always exist); two types with one name are refused ({@code VALIDATION}).
         */
        public Builder orderTypes(List<OrderType> types) {
            orderTypes = OrderType.withBuiltIns(OrderType.byName(types));
            return this;
        }

        /** Adds or replaces an order type. */
        public Builder orderType(OrderType type) {
            orderTypes.put(type.name(), type);
            return this;
        }

        /** Sets where number sequences start. */
        public Builder numbering(Numbering value) {
            this.numbering = value;
            return this;
        }

        /** Sets the write-off item name. */
        public Builder writeOffItem(String name) {
            this.writeOffItem = name;
            return this;
        }

        /** @return the settings */
        public StudioSettings build() {
            return new StudioSettings(currency, taxMode, rounding, taxRates, defaultTaxes, shippingTaxable,
                    allowOverpayment, postingPolicy, paymentMethods, sessionTypes, items, accounts, orderTypes,
                    numbering, writeOffItem);
        }
    }
}
