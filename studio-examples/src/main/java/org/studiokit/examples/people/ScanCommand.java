package org.studiokit.examples.people;

import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import org.studiokit.barcode.batch.BatchMode;
import org.studiokit.barcode.batch.BatchStatusUpdate;
import org.studiokit.barcode.batch.StatusBatch;
import org.studiokit.core.security.Actor;
import org.studiokit.examples.runner.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code studio scan --stdin | --serial PORT [--baud N] --mode advance|set [--status S] [--idle SECONDS]}: the batch
 * production status update (SCN-4) from codes typed or piped one per line (a keyboard-wedge scanner types them the
 * same way) or from a scanner on a serial port. Each scan's result is printed as it happens, the summary at the end:
 * end of input, the serial port gone, {@code --idle} seconds without a code, or Ctrl-C (exit 130).
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Moves production orders by scanned P<number> codes (SCN-4), one code per line on standard"
                + " input until its end (Ctrl-D on a terminal), or from a barcode scanner on a serial port until the"
                + " port disappears. Each scan is applied on its own and its result printed at once; an error never"
                + " stops the batch. --idle ends the session after that many seconds without a code; Ctrl-C ends it"
                + " too (the summary is printed, exit 130)."},
        exitCodeList = {"0:the session ended (end of input, the port gone, --idle); refused scans are results, not"
                + " refusals",
            "130:interrupted by Ctrl-C (the summary is printed first)"},
        footer = {"", "Example:", "  printf 'P700\\nP701\\n' | studio scan --stdin --mode advance",
            "  studio scan --serial /dev/ttyUSB0 --baud 9600 --mode advance --idle 600",
            "  studio scan --stdin --mode set --status Delivered --as clerk"})
public final class ScanCommand extends BooksCommand {
    private final InputStream in;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    @Option(names = "--baud", paramLabel = "N", description = "The serial port's speed (bits per second). Default:"
            + " 9600.")
    private Integer baud;

    @Option(names = "--idle", paramLabel = "SECONDS", description = "End the session after this many seconds"
            + " without a code. Default: never.")
    private Long idle;

    @Option(names = "--mode", required = true, paramLabel = "MODE", description = "advance or set.")
    private String mode;

    @Option(names = "--status", paramLabel = "STATUS", description = "The target status of --mode set.")
    private String status;

    /** Where codes come from: exactly one of {@code --stdin} and {@code --serial PORT}. */
    static final class Input {
        @Option(names = "--stdin", required = true, description = "Read codes from standard input, one per line.")
        boolean stdin;

        @Option(names = "--serial", required = true, paramLabel = "PORT",
                description = "Read codes from a scanner on this serial port (e.g. /dev/ttyUSB0, COM3).")
        String serial;
    }

    /** @param in where {@code --stdin} codes come from */
    public ScanCommand(InputStream in) {
        this.in = in;
    }

    @Override
    void check() {
        String m = mode.toLowerCase(Locale.ROOT);
        if (!m.equals("advance") && !m.equals("set")) {
            throw usage("--mode " + mode + ": advance or set");
        }
        if (m.equals("set") != (status != null)) {
            throw usage(m.equals("set") ? "--mode set needs --status" : "--status goes with --mode set only");
        }
        if (baud != null && input.serial == null) {
            throw usage("--baud goes with --serial only");
        }
        if (baud != null && baud <= 0) {
            throw usage("--baud " + baud + ": a speed in bits per second, e.g. 9600");
        }
        if (idle != null && (idle <= 0 || idle > Duration.ofDays(1).toSeconds())) {
            throw usage("--idle " + idle + ": a number of seconds from 1 to 86400");
        }
        if (input.serial != null && input.serial.isBlank()) {
            throw usage("--serial needs a port name");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    @Override
    int run(Workspace books, Actor actor) {
        BatchMode batchMode = status == null ? BatchMode.ADVANCE : BatchMode.set(status);
        StatusBatch batch = new BatchStatusUpdate(books.studio().production()).begin(actor, batchMode);
        CodeSource source = input.serial == null ? new StdinCodes(in)
                : new SerialCodes(input.serial, baud == null ? 9600 : baud);
        return new ScanSession(batch, out(), err(), idle == null ? null : Duration.ofSeconds(idle)).run(source);
    }
}
