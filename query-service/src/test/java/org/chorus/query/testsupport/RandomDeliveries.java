package org.chorus.query.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

/**
 * Delivers the events of several aggregates in a random order a consumer could see them in: mostly each aggregate's
 * next event, sometimes one already delivered, sometimes one beyond a gap. Each delivery goes to the live projection
 * and to the buffered one, which must answer alike; the buffer is flushed now and then.
 */
public final class RandomDeliveries {

    /** A projection's answer to one event: whether it applied it, or the class of the exception it refused it with. */
    public interface Projection<E> {
        Object answer(E event, int sequence);
    }

    private RandomDeliveries() {
    }

    /**
     * @param flushOneIn the buffer is flushed after one delivery in this many, on average, and at the end
     * @return how far each aggregate got: the number of its events applied in order
     */
    public static <E> Outcome deliver(Random random, List<List<E>> lives, int steps, int flushOneIn,
            Projection<E> live, Projection<E> buffered, Runnable flush) {
        int[] next = new int[lives.size()];
        int refused = 0;
        for (int step = 0; step < steps; step++) {
            int aggregate = random.nextInt(lives.size());
            List<E> events = lives.get(aggregate);
            int sequence = Math.min(events.size() - 1, Math.max(0, next[aggregate] + random.nextInt(4) - 2));
            E event = events.get(sequence);
            Object liveAnswer = live.answer(event, sequence);
            assertThat(buffered.answer(event, sequence)).as("step %s: %s at %s", step, event, sequence)
                    .isEqualTo(liveAnswer);
            if (liveAnswer instanceof Class<?>) {
                refused++;
            } else if (sequence == next[aggregate]) {
                next[aggregate]++;
            }
            if (random.nextInt(flushOneIn) == 0) {
                flush.run();
            }
        }
        flush.run();
        return new Outcome(next, refused);
    }

    /** How far each aggregate got, and how many deliveries were refused as beyond a gap. */
    public record Outcome(int[] applied, int refused) {
    }
}
