package org.studiokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.settings.StudioSettings;

/**
 * The core property: random sequences of valid and invalid commands keep every ledger invariant after every step,
 * refused commands change nothing, and keyed retries change nothing.
 */
@DisplayName("DOC-8 DEP-2 PAY-2 IDM-1 §12 random operation sequences keep the core ledger invariants")
class CoreLedgerPropertyTest {
    private static final int SEQUENCES = 1_000;
    private static final int MIN_STEPS = 50;

    private final Map<String, LongAdder> tally = new ConcurrentHashMap<>();

    private void count(String key) {
        tally.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    @Test
    @DisplayName("DOC-8 DEP-2 PAY-2 IDM-1 §12 1,000 sequences of 50-80 steps: balances equal the records, no deposit goes negative, refusals and retries change nothing")
    void random_sequences_keep_the_ledger_consistent() {
        Interpreter interpreter = Interpreter.core()
                .check((world, outcome) -> LedgerAssertions.assertThatLedger(world.studio()).totalsRepriceExactly())
                .check((world, outcome) -> {
                    String op = outcome.op().getClass().getSimpleName();
                    count(op + (outcome.accepted() ? " accepted" : " refused"));
                    if (outcome instanceof Outcome.Refused refused) {
                        count("code " + refused.code());
                    }
                });
        long start = System.nanoTime();
        PropertyRunner runner = PropertyRunner.cases(SEQUENCES);
        runner.forAllSequences(
                r -> new Trial<StudioSettings, Op>(StudioGen.settings(r),
                        OpGen.core().sequence(r, MIN_STEPS + r.nextInt(31))),
                (settings, ops) -> interpreter.run(World.of(settings), ops));
        long millis = (System.nanoTime() - start) / 1_000_000;

        Map<String, Long> counts = new TreeMap<>();
        tally.forEach((k, v) -> counts.put(k, v.sum()));
        System.out.println("core property: " + runner.cases() + " sequences (base seed " + runner.baseSeed()
                + ") in " + millis + " ms");
        counts.forEach((k, v) -> System.out.println("  " + k + ": " + v));

        long accepted = counts.entrySet().stream().filter(e -> e.getKey().endsWith(" accepted"))
                .mapToLong(Map.Entry::getValue).sum();
        long refused = counts.entrySet().stream().filter(e -> e.getKey().endsWith(" refused"))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(accepted + refused).as("steps run").isGreaterThanOrEqualTo((long) runner.cases() * MIN_STEPS);
        if (runner.cases() < SEQUENCES) {
            return;
        }
        assertThat(refused).as("a healthy share of refusals").isBetween((accepted + refused) / 10,
                (accepted + refused) * 7 / 10);
        for (String op : List.of("NewClient", "BookSession", "CreateDocument", "CreditMemoFrom", "Convert", "Pay",
                "Deposit", "ApplyDeposit", "RefundDeposit", "Refund", "Transfer", "Unapply", "WriteOff", "QuickSale",
                "EditDocument", "EditMovement", "VoidDocument", "VoidMovement", "Plan", "NewOrder", "Advance",
                "SetStatus", "MarkDelivered", "Inspect", "ToggleOverpayment", "Retry")) {
            assertThat(counts.getOrDefault(op + " accepted", 0L)).as(op + " is sometimes accepted").isPositive();
        }
        for (String code : List.of("VALIDATION", "NOT_FOUND", "PERMISSION_DENIED", "OVERPAYMENT", "OVER_APPLICATION",
                "OVER_REFUND", "WRONG_DOCUMENT_TYPE", "DUPLICATE_KEY", "NO_CHANGE", "MONEY_APPLIED", "ALREADY_FINAL",
                "INVALID_STATUS_TRANSITION")) {
            assertThat(counts.getOrDefault("code " + code, 0L)).as(code + " is sometimes the answer").isPositive();
        }
    }

    @Test
    @DisplayName("DOC-8 DEP-2 PAY-2 IDM-1 §12 100 long sequences of 200-300 steps keep the core ledger consistent")
    void long_sequences_keep_the_ledger_consistent() {
        Interpreter interpreter = Interpreter.core()
                .check((world, outcome) -> LedgerAssertions.assertThatLedger(world.studio()).totalsRepriceExactly());
        PropertyRunner.cases(100).forAllSequences(
                r -> new Trial<StudioSettings, Op>(StudioGen.settings(r),
                        OpGen.core().sequence(r, 200 + r.nextInt(101))),
                (settings, ops) -> interpreter.run(World.of(settings), ops));
    }
}
