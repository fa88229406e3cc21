package org.studiokit.core.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Exclusive transactions for in-memory state: every write registers how to undo it; a failed transaction undoes
 * its writes in reverse order. Other modules' in-memory stores share the studio's log so one command is one
 * transaction across them.
 */
public final class UndoLog {
    private final ReentrantLock lock = new ReentrantLock();
    private Deque<Runnable> undo;

    /** Runs work exclusively; rolls back on any exception and rethrows it. */
    public <T> T transaction(Supplier<T> work) {
        lock.lock();
        try {
            if (undo != null) {
                return work.get();
            }
            undo = new ArrayDeque<>();
            try {
                T result = work.get();
                undo = null;
                return result;
            } catch (RuntimeException | Error e) {
                Deque<Runnable> steps = undo;
                undo = null;
                while (!steps.isEmpty()) {
                    steps.pop().run();
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read under the same lock, so readers never see a transaction half done or a map mid-update. */
    public <T> T read(Supplier<T> read) {
        if (lock.isHeldByCurrentThread()) {
            return read.get();
        }
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    /** Registers how to undo a write. Writes outside a transaction cannot be undone. */
    public void onUndo(Runnable step) {
        if (undo != null) {
            undo.push(step);
        }
    }
}
