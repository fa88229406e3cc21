package org.studiokit.examples.runner;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for scripts: it stands still during a step and moves one second per step from 2026-01-01T00:00:00Z, so
 * timestamps are deterministic and still tell the steps apart.
 */
public final class StepClock extends Clock {
    /** The instant of step 0. */
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private volatile Instant now = START;

    /** Moves the clock to a step. */
    public void atStep(int step) {
        now = START.plusSeconds(step);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
