package org.chorus.query.session.replay;

import java.util.List;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.session.ContributionAddedEvent;
import org.chorus.kernel.session.ParticipantJoinedEvent;
import org.chorus.kernel.session.ProposalTabledEvent;
import org.chorus.query.session.StoredSessionEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** An event's fields as JSON with every sealed field replaced by its words, or by nothing once they are gone. */
final class TimelineData {

    private TimelineData() {
    }

    static ObjectNode of(StoredSessionEvent stored, SessionTexts texts) {
        ObjectNode data = (ObjectNode) KernelJson.mapper().readTree(stored.json());
        if (stored.event() instanceof ParticipantJoinedEvent joined) {
            data.put("displayName", texts.displayName(joined.participantId(), joined.displayName()));
            text(data, "organisation", texts.open(joined.participantId(), joined.organisation()));
        } else if (stored.event() instanceof ContributionAddedEvent contribution) {
            text(data, "text", texts.open(contribution.participantId(), contribution.text()));
        } else if (stored.event() instanceof ProposalTabledEvent proposal) {
            text(data, "text", texts.open(proposal.participantId(), proposal.text()));
        }
        withoutCiphertext(data);
        return data;
    }

    // a sealed field an event gains in a later revision must not leak before this class learns to open it
    private static void withoutCiphertext(ObjectNode data) {
        for (String field : List.copyOf(data.propertyNames())) {
            JsonNode value = data.get(field);
            if (value.isObject() && value.has("ciphertext")) {
                data.putNull(field);
            } else if (value.isObject()) {
                withoutCiphertext((ObjectNode) value);
            }
        }
    }

    private static void text(ObjectNode data, String field, @Nullable String text) {
        if (text == null) {
            data.putNull(field);
        } else {
            data.put(field, text);
        }
    }
}
