package org.chorus.query.insight;

import java.util.Optional;

/** What the read model knows about one story: how far it got and, if analysts may see it, the view. */
public record StoryReading(boolean known, boolean erased, long version, Optional<StoryView> view) {

    static StoryReading unknown() {
        return new StoryReading(false, false, -1, Optional.empty());
    }

    /**
     * Whether a later event could still change the answer for a client that needs {@code minVersion}. A story not
     * seen yet counts as behind: a client holding a version from a 202 knows it exists, and the read side may
     * simply not have received it. An erased story is never behind.
     */
    public boolean behind(long minVersion) {
        return minVersion >= 0 && !erased && version < minVersion;
    }
}
