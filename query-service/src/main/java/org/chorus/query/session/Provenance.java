package org.chorus.query.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.chorus.kernel.session.SessionSnapshot;
import org.chorus.kernel.session.SessionSnapshot.Proposal;

/** Which stories stand behind a proposal: those it cites itself and those cited by the contributions it builds on. */
public final class Provenance {

    private Provenance() {
    }

    /** In citing order, each story once. */
    public static List<UUID> storiesBehind(SessionSnapshot session, Proposal proposal) {
        Set<UUID> stories = new LinkedHashSet<>(proposal.evidenceStoryIds());
        for (UUID contributionId : proposal.contributionIds()) {
            session.contribution(contributionId).ifPresent(c -> stories.addAll(c.evidenceStoryIds()));
        }
        return new ArrayList<>(stories);
    }
}
