package org.chorus.kernel.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.chorus.kernel.session.SessionSnapshot.Participant;

/**
 * How power was shared in a session: for each role and for lived experience yes/no, the count and share of
 * attendance, contributions, proposals and adopted decisions (credited to the proposer). A large delegation shows
 * as a large share. Erased participants still count: what they did happened, only who they were is gone.
 *
 * @param roles            every role, in the order of {@link ParticipantRole}
 * @param livedExperience  keys {@code YES} and {@code NO}
 */
public record PowerSharing(Map<ParticipantRole, Figures> roles, Map<String, Figures> livedExperience) {

    /** A count and its share of the session's total, 0 to 1, to four decimal places (0 when the total is 0). */
    public record Measure(long count, BigDecimal share) {
    }

    public record Figures(Measure attendance, Measure contributions, Measure proposals, Measure adoptedDecisions) {
    }

    public static PowerSharing of(SessionSnapshot session) {
        Map<ParticipantRole, Figures> roles = new LinkedHashMap<>();
        for (ParticipantRole role : ParticipantRole.values()) {
            roles.put(role, figures(session, p -> p.role() == role));
        }
        Map<String, Figures> lived = new LinkedHashMap<>();
        lived.put("YES", figures(session, Participant::livedExperience));
        lived.put("NO", figures(session, p -> !p.livedExperience()));
        return new PowerSharing(roles, lived);
    }

    private static Figures figures(SessionSnapshot s, Predicate<Participant> group) {
        Predicate<UUID> member = id -> s.participant(id).filter(group).isPresent();
        long adopted = s.decisions().stream().filter(d -> d.outcome() == Outcome.ADOPTED).count();
        long adoptedByGroup = s.decisions().stream().filter(d -> d.outcome() == Outcome.ADOPTED)
                .filter(d -> s.proposal(d.proposalId()).map(p -> member.test(p.participantId())).orElse(false))
                .count();
        return new Figures(
                measure(s.participants().stream().filter(group).count(), s.participants().size()),
                measure(s.contributions().stream().filter(c -> member.test(c.participantId())).count(),
                        s.contributions().size()),
                measure(s.proposals().stream().filter(p -> member.test(p.participantId())).count(),
                        s.proposals().size()),
                measure(adoptedByGroup, adopted));
    }

    private static Measure measure(long count, long total) {
        BigDecimal share = total == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return new Measure(count, share);
    }
}
