package org.studiokit.examples.people;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.examples.runner.Workspace;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;
import org.studiokit.posting.run.PreviewItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.studiokit.examples.demo.Words;

/** {@code studio post --through D [--methods M,…]}: the posting preview (PST-1), then the run. */
@Command(name = "post", mixinStandardHelpOptions = true,
        description = {"Posts the studio's records dated on or before a cut-off as one batch (PST-1).",
            "Prints the preview first: what would post, and why each other record would not."},
        footer = {"", "Example:", "  studio post --through 2026-03-31 --as owner",
            "  studio post --through 2026-03-31 --methods Cash,Check --preview",
            "  studio post --through 2026-03-31 --progress 2> post.log"})
public final class PostCommand extends BooksCommand {
    @Option(names = "--through", required = true, paramLabel = "DATE", description = "The cut-off date.")
    private LocalDate through;

    @Option(names = "--methods", split = ",", paramLabel = "METHOD",
            description = "Only payments, deposits and refunds of these payment methods (a bank deposit).")
    private List<String> methods;

    @Option(names = "--preview", description = "Print the preview only; post nothing.")
    private boolean previewOnly;

    @Option(names = "--progress", description = "Show the progress line on standard error even when it is not a"
            + " terminal (on a terminal it is always shown).")
    private boolean forceProgress;

    private final ProgressLines progress;

    /** A command without a progress line. */
    public PostCommand() {
        this(ProgressLines.NONE);
    }

    /** @param progress shows the progress of each phase (preview, posting) */
    public PostCommand(ProgressLines progress) {
        this.progress = progress;
    }

    @Override
    int run(Workspace books, Actor actor) {
        actor.require(Permission.POST);
        PostingRequest request = new PostingRequest(through, methods == null ? null : new LinkedHashSet<>(methods));
        LongConsumer previewing = progress.start("preview", 1, forceProgress);
        List<PreviewItem> preview = books.books().preview(request);
        previewing.accept(1);
        out().println("Would post through " + through + ":");
        print(preview.stream().filter(PreviewItem::eligible).map(PreviewItem::label).toList());
        out().println("Not eligible:");
        print(preview.stream().filter(p -> !p.eligible()).map(p -> p.label() + ": " + p.reason()).toList());
        if (previewOnly) {
            out().flush();
            return OK;
        }
        long eligible = Math.max(1, preview.stream().filter(PreviewItem::eligible).count());
        LongConsumer posting = progress.start("posting", eligible, forceProgress);
        Optional<PostingBatch> batch = books.books().post(actor, request);
        posting.accept(eligible);
        out().println(batch.map(PostCommand::summary).orElse("Nothing to post: no batch made."));
        out().flush();
        return OK;
    }

    private void print(List<String> lines) {
        lines.forEach(l -> out().println("  " + l));
        if (lines.isEmpty()) {
            out().println("  (none)");
        }
    }

    private static String summary(PostingBatch b) {
        return "Posted batch " + b.number() + " through " + b.cutOff() + " by " + b.actor() + ": "
                + Words.count(b.documents().size(), "document") + ", "
                + Words.count(b.movements().size(), "money movement") + ", " + b.adjusted().size() + " adjusted; debits " + b.debits() + ", credits " + b.credits();
    }
}
