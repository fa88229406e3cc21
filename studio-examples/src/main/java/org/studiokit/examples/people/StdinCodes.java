package org.studiokit.examples.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;

/** Codes typed or piped one per line on standard input (a keyboard-wedge scanner types the same way). */
final class StdinCodes implements CodeSource {
    private final InputStream in;
    private volatile boolean closed;

    StdinCodes(InputStream in) {
        this.in = in;
    }

    @Override
    public void start(BlockingQueue<Event> events) {
        Thread reader = new Thread(() -> read(events), "studio-scan-stdin");
        reader.setDaemon(true); // a blocked read of a terminal cannot be interrupted: the process may end under it
        reader.start();
    }

    private void read(BlockingQueue<Event> events) {
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null && !closed; line = r.readLine()) {
                events.add(new Code(line));
            }
            events.add(new End("end of input", false));
        } catch (IOException e) {
            events.add(new End("cannot read standard input: " + e.getMessage(), false));
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
