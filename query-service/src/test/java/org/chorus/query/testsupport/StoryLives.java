package org.chorus.query.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRedactedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;

/** Random story lives for tests that compare two ways of projecting the same deliveries. */
public final class StoryLives {

    private StoryLives() {
    }

    /** A story's events in an order command-service allows: submitted, moderated, then changes until it may end. */
    public static List<StoryEvent> life(StoryId id, Random random, KeyRing keys) {
        List<StoryEvent> events = new ArrayList<>(List.of(Stories.submitted(id)));
        switch (random.nextInt(5)) {
            case 0 -> events.add(new StoryRejectedEvent(id, "moderator", null));
            case 1 -> events.add(new StoryEscalatedEvent(id, "moderator", null));
            default -> {
                events.add(Stories.approved(id, keys.seal(id + "-1", "Waiting", "The midwife never listened.")));
                boolean analysis = true;
                for (int change = random.nextInt(6); change > 0; change--) {
                    events.add(switch (random.nextInt(5)) {
                        case 0 -> {
                            // consent taken back, and given again: the story hides and shows again
                            analysis = !analysis;
                            yield Stories.consent(id, analysis);
                        }
                        case 1 -> new StoryRedactedEvent(id, "moderator", 2,
                                keys.seal(id + "-2", "Waiting", "The [redacted] never listened."), id + "-1");
                        case 2 -> Stories.response(id, "We changed the rota", null);
                        default -> Stories.coded(id, random.nextBoolean() ? List.of("ACCESS") : List.of("TRUST"),
                                List.of());
                    });
                }
            }
        }
        if (random.nextInt(3) == 0) {
            events.add(Stories.withdrawn(id));
        }
        return events;
    }
}
