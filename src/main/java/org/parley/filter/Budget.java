package org.parley.filter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * The time one evaluation may take. Every loop of the filter that walks a text ticks it, and every step ends
 * with a check, so a text that would keep a step busy too long ends that step with {@link Exceeded} instead
 * of holding the thread: whatever a reader sends, the request thread is free again within the budget.
 *
 * <p>The limit is CPU time, so that a busy machine, where a thread waits its turn for a core, does not trip it;
 * a wall-clock limit several times as long catches the rest. Reading a thread's CPU time costs a system call,
 * so it is read only once an evaluation has run a millisecond of wall time, which almost no comment does; the
 * evaluation is charged the wall time up to that first read (at most half its budget). Not thread-safe: one
 * evaluation, one thread.
 */
public final class Budget {

    private static final long UNLIMITED = Long.MAX_VALUE;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();
    private static final long UNCHECKED_NANOS = 1_000_000;
    /** Loop steps between two reads of the clock: some microseconds of work, a few nanoseconds of checking. */
    private static final int TICKS_PER_CHECK = 2048;
    /** What a finished step counts for: a check of the clock every eight steps at the latest. */
    private static final int TICKS_PER_STEP = TICKS_PER_CHECK / 8;
    /** How many times the CPU limit the wall clock may run before the step ends anyway. */
    private static final int WALL_FACTOR = 10;

    private final long cpuLimitNanos;
    private final long wallLimitNanos;
    private final long startedWall;
    private long cpuBase = -1;
    private int ticks;
    private String rule;
    private boolean normalising;

    private Budget(long cpuLimitNanos) {
        this.cpuLimitNanos = cpuLimitNanos;
        this.wallLimitNanos = cpuLimitNanos > UNLIMITED / WALL_FACTOR ? UNLIMITED : cpuLimitNanos * WALL_FACTOR;
        this.startedWall = System.nanoTime();
    }

    /** A budget of {@code cpuLimitNanos} of CPU time, starting now. */
    public static Budget startingNow(long cpuLimitNanos) {
        return new Budget(cpuLimitNanos);
    }

    /** No limit: for tests and one-off checks outside an evaluation. */
    public static Budget unlimited() {
        return new Budget(UNLIMITED);
    }

    /**
     * Names the rule that runs from now on, for the verdict and the log when the budget runs out in it. Called
     * once per rule on every comment, so it only keeps the name; the words are made if the budget runs out.
     */
    public void rule(String name) {
        rule = name;
    }

    /** Runs {@code work} as the normaliser's step: its time is the normaliser's, whichever rule asked for it. */
    public <T> T normalising(Supplier<T> work) {
        boolean outer = normalising;
        normalising = true;
        try {
            return work.get();
        } finally {
            normalising = outer;
        }
    }

    private String step() {
        return normalising ? "normaliser" : rule == null ? "start" : "rule " + rule;
    }

    /** One step of a loop over the text. */
    public void tick() {
        if (++ticks == TICKS_PER_CHECK) {
            ticks = 0;
            check();
        }
    }

    /**
     * A step is done (a rule, a pass of the normaliser or the term scan): a check every few steps rather than after
     * each, since a read of the clock costs as much as a rule that finds nothing, and reading it after every one of
     * some eighty steps was a tenth of the filter's time. Each step is linear in the text, whose length is capped,
     * and loops that walk it tick as they go, so a long step is still stopped soon after.
     */
    public void stepDone() {
        ticks += TICKS_PER_STEP;
        if (ticks >= TICKS_PER_CHECK) {
            ticks = 0;
            check();
        }
    }

    /** Throws {@link Exceeded} if the budget has run out. */
    public void check() {
        if (cpuLimitNanos == UNLIMITED) {
            return;
        }
        long wall = System.nanoTime() - startedWall;
        if (wall < UNCHECKED_NANOS) {
            return;
        }
        if (wall > wallLimitNanos || !CPU_TIME && wall > cpuLimitNanos) {
            throw new Exceeded(step());
        }
        if (cpuBase < 0) {
            // First look at the CPU clock: charge the evaluation the wall time so far, as if it had had a core
            // to itself, though never so much that this first look alone ends it.
            cpuBase = THREADS.getCurrentThreadCpuTime() - Math.min(wall, cpuLimitNanos / 2);
            return;
        }
        if (wall > cpuLimitNanos && THREADS.getCurrentThreadCpuTime() - cpuBase > cpuLimitNanos) {
            throw new Exceeded(step());
        }
    }

    /** The evaluation ran out of time in a step; the step is abandoned and the comment goes to a person. */
    public static final class Exceeded extends RuntimeException {

        private final String step;

        Exceeded(String step) {
            super("the filter took too long in " + step, null, false, false);
            this.step = step;
        }

        public String step() {
            return step;
        }
    }
}
