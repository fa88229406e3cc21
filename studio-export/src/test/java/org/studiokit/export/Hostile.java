package org.studiokit.export;

import org.studiokit.core.movement.ApplyDeposit;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.movement.WriteOff;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Client;
import org.studiokit.core.settings.AccountRole;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.PaymentMethod;
import org.studiokit.core.settings.PaymentMethodType;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.core.StudioException;

/** EXP-5: a studio whose clients, items, accounts and payment methods carry hostile names. */
public final class Hostile {
    static final String LONG = "Long name " + "x".repeat(100) + " end";
    static final String TWIN = "Twin prefix " + "y".repeat(40);
    /** Client names: tabs, quotes, commas, colons, semicolons, 100+ characters, formula starts, accents, emoji. */
    public static final List<String> NAMES = List.of("Tab\there", "Quote \"q\" and 'single'", "Comma, Inc.",
            "Colon: sub:job", "Semi;colon", LONG, "=SUM(A1:A2)", "+1 555 0100", "-minus", "@at home",
            "Zoë Ångström Café", "Emoji 📷🎉 studio", TWIN + " A", TWIN + " B", "Line\r\nbreak", "Back\\slash");

    private Hostile() {
    }

    /**
     * @return settings whose every account and method name is hostile (tabs rather than line breaks: the studio
     *         refuses control characters other than tab in names; {@code HostileNamesTest} feeds line breaks straight
     *         to the exporters)
     */
    public static StudioSettings settings() {
        return StudioSettings.defaults("USD").toBuilder()
                .account(AccountRole.AR, "=Accounts Receivable; main")
                .account(AccountRole.CUSTOMER_DEPOSITS, "Customer Deposits\tHeld")
                .account(AccountRole.GENERAL_SALES, "Sales:Général, \"Portraits\" 📷")
                .account(AccountRole.UNDEPOSITED_FUNDS, "@Undeposited Funds")
                .account(AccountRole.SHIPPING, "+Shipping")
                .account(AccountRole.BAD_DEBT, "-Bad Debt " + "z".repeat(100))
                .account(AccountRole.DISCOUNTS, "Discounts;")
                .taxRate(TaxRate.of("ST", "State", "4", "Tax\tState: \"payable\""))
                .taxRate(TaxRate.of("CITY", "City", "4.5", null)).defaultTaxes(List.of("ST", "CITY"))
                .item(new Item("Print " + "p".repeat(100) + " A", "Income " + "w".repeat(40) + " one", null))
                .item(new Item("Print " + "p".repeat(100) + " B", "Income " + "w".repeat(40) + " two", null))
                .paymentMethods(List.of(new PaymentMethod("Cash\t=drawer", PaymentMethodType.CASH,
                        "Cash: drawer \"1\"", false), new PaymentMethod("Check,+", PaymentMethodType.CHECK,
                        "Bank\tChecking", true), new PaymentMethod("Card 💳 @", PaymentMethodType.CREDIT_CARD, null,
                        true))).build();
    }

    /** @return a studio with every hostile client, invoices on both items, every kind of money, posted */
    public static ExportFixture studio() {
        ExportFixture f = new ExportFixture(settings());
        List<Client> clients = new ArrayList<>();
        for (String n : NAMES) {
            try {
                clients.add(f.client(n));
            } catch (StudioException refused) {
                clients.add(f.client(n.replace("\r\n", " ")));
            }
        }
        String[] methods = {"Cash\t=drawer", "Check,+", "Card 💳 @"};
        for (int i = 0; i < clients.size(); i++) {
            Client c = clients.get(i);
            String item = "Print " + "p".repeat(100) + (i % 2 == 0 ? " A" : " B");
            Document inv = f.studio.invoices().create(ExportFixture.OWNER, DocumentDraft.forClient(DocumentType.GENERIC,
                    c.id(), ExportFixture.d("2026-03-02").plusDays(i)).line(Line.of(item, 1, f.usd("100.00")))
                    .line(Line.of("Session fee", 1, f.usd("50.00"))).withShipping(f.usd("5.00")));
            f.studio.money().pay(ExportFixture.OWNER, Pay.of(inv.id(), f.usd("60.00")).method(methods[i % 3]).on(inv.date()));
            Receipt dep = f.studio.money().deposit(ExportFixture.OWNER, Deposit.of(c.id(), f.usd("50.00")).method(methods[(i + 1) % 3]).on(inv.date()));
            f.studio.money().applyDeposit(ExportFixture.OWNER, ApplyDeposit.of(dep.movement().id(), inv.id(), f.usd("40.00")).on(inv.date().plusDays(1)));
            if (i % 3 == 0) {
                f.studio.money().writeOff(ExportFixture.OWNER, WriteOff.of(inv.id(), f.usd("10.00")).on(inv.date().plusDays(2)));
            }
        }
        f.post("2026-04-30");
        return f;
    }
}
