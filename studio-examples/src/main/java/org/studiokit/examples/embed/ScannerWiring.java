package org.studiokit.examples.embed;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.studiokit.barcode.batch.BatchMode;
import org.studiokit.barcode.batch.BatchStatusUpdate;
import org.studiokit.barcode.batch.StatusBatch;
import org.studiokit.barcode.scan.Scan;
import org.studiokit.barcode.scan.ScanError;
import org.studiokit.barcode.scan.ScanListener;
import org.studiokit.barcode.scan.ScannerConfig;
import org.studiokit.barcode.scan.ScannerDrivers;
import org.studiokit.barcode.scan.ScannerSource;
import org.studiokit.barcode.scan.replay.ReplayDriver;
import org.studiokit.barcode.scan.serial.SerialScannerDriver;
import org.studiokit.barcode.scan.serial.SerialSettings;
import org.studiokit.barcode.scan.wedge.KeyboardWedgeDriver;
import org.studiokit.barcode.scan.wedge.KeyboardWedgeSource;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;

/**
 * A serial scanner and a keyboard wedge wired to one handler (SCN-1, SCN-4): every scan from either moves a
 * production order one status on, and the handler prints each result. With a port ({@code ScannerWiring /dev/ttyUSB0})
 * the serial scanner is real; without one a replay source stands in for it. The wedge is fed key events as a UI
 * toolkit would hand them over: a fast burst ending in Enter is a scan, slow typing is not.
 */
public final class ScannerWiring {
    private ScannerWiring() {
    }

    /**
     * The handler both scanners feed: each scan is applied to the batch and its result printed; scanner errors
     * (bad input, a lost port) are printed too and never stop anything.
     */
    public static ScanListener handler(StatusBatch batch, PrintStream out) {
        return new ScanListener() {
            @Override
            public void onScan(Scan scan) {
                batch.apply(scan.payload()).ifPresent(r -> out.println(scan.sourceId() + " " + r.code() + ": "
                        + (r.ok() ? r.from() + " -> " + r.to() : r.error() + " (" + r.message() + ")")));
            }

            @Override
            public void onError(ScanError error) {
                out.println(error.sourceId() + " error: " + error.message());
            }
        };
    }

    /** Opens a scanner on a serial port through the {@code serial} driver (jSerialComm); call {@code start()}. */
    public static ScannerSource serial(String port, ScanListener handler) {
        ScannerConfig config = SerialSettings.of(port).applyTo(ScannerConfig.of("serial", Clock.systemUTC()));
        return ScannerDrivers.require(SerialScannerDriver.ID).open(config, handler);
    }

    /** Opens a keyboard wedge through the {@code wedge} driver; the host feeds it key events. */
    public static KeyboardWedgeSource wedge(ScanListener handler) {
        return (KeyboardWedgeSource) ScannerDrivers.require(KeyboardWedgeDriver.ID)
                .open(ScannerConfig.of("wedge", Clock.systemUTC()), handler);
    }

    /** Feeds text to a wedge as keys {@code gapMillis} apart from {@code startMillis}, then Enter. */
    static void type(KeyboardWedgeSource wedge, String text, long startMillis, long gapMillis) {
        long t = startMillis;
        for (char c : text.toCharArray()) {
            wedge.key(c, t);
            t += gapMillis;
        }
        wedge.enter(t);
    }

    /**
     * Runs the example.
     *
     * @param args a serial port to read until Enter is pressed, or nothing for the replay stand-in
     */
    public static void main(String[] args) throws Exception {
        Studio studio = studioWithOrders(3);
        Actor owner = Actor.of("owner", Role.OWNER);
        StatusBatch batch = new BatchStatusUpdate(studio.production()).begin(owner, BatchMode.ADVANCE);
        ScanListener handler = handler(batch, System.out);
        ScannerSource front = args.length > 0 ? serial(args[0], handler)
                : new ReplayDriver().open(List.of("P1", "P2", "P1"), ScannerConfig.of("serial", Clock.systemUTC()),
                        handler);
        try (front; KeyboardWedgeSource desk = wedge(handler)) {
            front.start();
            desk.start();
            type(desk, "P3", 1_000, 10);   // a scanner types fast: a scan
            type(desk, "P2", 5_000, 300);  // a person types slowly: ignored
            if (args.length > 0) {
                System.out.println("scan codes on " + args[0] + "; press Enter to stop");
                System.in.read();
            }
        }
        System.out.println("summary: " + batch.summary().updated() + " updated, " + batch.summary().errors()
                + " errors");
    }

    /** @return an in-memory studio with print orders P1..Pn at Ordered */
    static Studio studioWithOrders(int n) {
        Currency usd = Currency.getInstance("USD");
        Studio studio = Studio.inMemory(StudioSettings.defaults(usd), Clock.systemUTC(), IdSource.sequential());
        Actor owner = Actor.of("owner", Role.OWNER);
        for (int i = 0; i < n; i++) {
            long client = studio.clients().create(owner, "Client " + i).id();
            Document invoice = studio.invoices().create(owner, DocumentDraft.forClient(DocumentType.GENERIC,
                    client, LocalDate.of(2026, 3, 2)).line(Line.of("Print", 1, Money.parse("20.00", usd))));
            studio.production().create(owner, invoice.id(), "Lab", OrderKind.WORK_ORDER, "Print", 0, null, null,
                    null);
        }
        return studio;
    }
}
