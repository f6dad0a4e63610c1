package org.chorus.command.story.web;

import java.util.UUID;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.directory.StoryEntry;
import org.chorus.command.security.Caller;
import org.chorus.command.web.NotFound;
import org.chorus.kernel.story.StoryStatus;
import org.springframework.stereotype.Component;

/**
 * Object-level checks: a champion reaches only their own stories, a moderator only stories of their places, and
 * an escalated story is hidden from both. Whatever is out of reach is a 404, never a hint that it exists.
 */
@Component
public class StoryAccess {
    private final StoryDirectory directory;

    StoryAccess(StoryDirectory directory) {
        this.directory = directory;
    }

    public StoryEntry forChampionOrModerator(Caller caller, UUID storyId) {
        StoryEntry entry = directory.find(storyId).orElseThrow(StoryAccess::notFound);
        boolean own = caller.hasRole("CHAMPION") && entry.champion().equals(caller.login());
        boolean moderates = caller.hasRole("MODERATOR") && caller.places().contains(entry.place());
        if (!(own || moderates) || (entry.status() == StoryStatus.ESCALATED && !moderates)) {
            throw notFound();
        }
        return entry;
    }

    public StoryEntry forModerator(Caller caller, UUID storyId) {
        StoryEntry entry = directory.find(storyId).orElseThrow(StoryAccess::notFound);
        if (!caller.places().contains(entry.place())) {
            throw notFound();
        }
        return entry;
    }

    /** Analysts act on any story they could have seen in the insight feed; the aggregate checks its state. */
    public StoryEntry existing(UUID storyId) {
        return directory.find(storyId).orElseThrow(StoryAccess::notFound);
    }

    private static NotFound notFound() {
        return new NotFound("no such story");
    }
}
