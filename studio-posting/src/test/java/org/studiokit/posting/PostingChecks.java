package org.studiokit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.party.Client;
import org.studiokit.posting.journal.JournalEntry;
import org.studiokit.posting.journal.JournalLine;
import org.studiokit.posting.journal.PostingBatch;

/** Helpers for the posting rule tests: a canonical, order-independent text of each journal entry. */
final class PostingChecks {
    private PostingChecks() {
    }

    /**
     * @return one string per entry, in entry order: {@code KIND date label: line; line}, the lines of an entry
     *         sorted debits first, then by account and client
     */
    static List<String> journal(PostingBatch batch) {
        List<String> out = new ArrayList<>();
        for (JournalEntry e : batch.entries()) {
            List<String> lines = new ArrayList<>();
            for (JournalLine l : e.lines()) {
                String who = l.client() == null ? "" : " (" + l.client() + ")";
                lines.add((l.amount().isPositive() ? "0" : "1") + l.account() + who
                        + (l.amount().isPositive() ? " dr " + l.debit() : " cr " + l.credit()));
            }
            Collections.sort(lines);
            out.add(e.kind() + " " + e.date() + " " + e.recordLabel() + ": "
                    + lines.stream().map(s -> s.substring(1)).collect(Collectors.joining("; ")));
        }
        return out;
    }

    /** Asserts the trial balance holds these balances (debit-positive) and sums to zero. */
    static void trialBalance(Fixture f, String... accountAndBalance) {
        Map<String, String> tb = f.trialBalance();
        for (int i = 0; i < accountAndBalance.length; i += 2) {
            assertThat(tb).as(accountAndBalance[i]).containsEntry(accountAndBalance[i], accountAndBalance[i + 1]);
        }
        assertThat(f.books.reports().trialBalance(null, null).total().isZero()).isTrue();
    }

    /** Asserts the action is refused with the code and changes nothing. */
    static void refused(Fixture f, ErrorCode code, Executable action) {
        Map<String, Object> before = f.snapshot();
        assertThatThrownBy(action::execute).isInstanceOf(StudioException.class)
                .extracting(e -> ((StudioException) e).code()).isEqualTo(code);
        assertThat(f.snapshot()).isEqualTo(before);
    }

    /** A client-based credit memo of one line of -1 × price. */
    static Document clientMemo(Fixture f, Client c, String date, String item, String price) {
        return f.studio.invoices().create(Fixture.OWNER, DocumentDraft.forClient(DocumentType.CREDIT_MEMO, c.id(),
                Fixture.d(date)).line(Line.of(item, -1, f.usd(price))));
    }
}
