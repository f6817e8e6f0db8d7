package org.grdplanner.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for what a server does in its own time; fails with what was awaited when it does not happen. */
public final class Eventually {

    public static final Duration PATIENCE = Duration.ofMinutes(2);

    private Eventually() {
    }

    public static void until(Supplier<Boolean> condition, String what) throws InterruptedException {
        within(PATIENCE, condition, what);
    }

    /** For what the product promises to do within {@code limit}. */
    public static void within(Duration limit, Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
