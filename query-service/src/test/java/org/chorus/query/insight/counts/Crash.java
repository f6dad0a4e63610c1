package org.chorus.query.insight.counts;

/**
 * Counter writes that stop the process part way: the first {@code applied} increments go through, then the process
 * "dies" (an exception that nobody handles) before the next write, whatever it is.
 */
final class Crash implements Increments {
    private final Increments real;
    private final int applied;
    private int calls;

    Crash(Increments real, int applied) {
        this.real = real;
        this.applied = applied;
    }

    @Override
    public void add(String counterKey, int delta, String operationId) {
        if (calls == applied) {
            throw new Died();
        }
        calls++;
        real.add(counterKey, delta, operationId);
        if (calls == applied) {
            throw new Died();
        }
    }

    static final class Died extends RuntimeException {
        Died() {
            super("simulated crash", null, false, false);
        }
    }
}
