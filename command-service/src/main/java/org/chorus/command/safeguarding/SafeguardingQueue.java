package org.chorus.command.safeguarding;

import java.util.List;
import java.util.UUID;
import org.chorus.command.security.Caller;
import org.chorus.command.web.NotFound;
import org.springframework.stereotype.Component;

/**
 * The safeguarding queue as a lead works it. Only moderators named in {@code chorus.safeguarding.lead-logins} see
 * it; to anyone else it does not exist.
 */
@Component
public class SafeguardingQueue {
    private final SafeguardingAlerts alerts;
    private final SafeguardingSettings settings;

    SafeguardingQueue(SafeguardingAlerts alerts, SafeguardingSettings settings) {
        this.alerts = alerts;
        this.settings = settings;
    }

    /** Open alerts, oldest first. */
    public List<SafeguardingAlert> open(Caller caller) {
        requireLead(caller);
        return alerts.open();
    }

    /** The lead has taken the alert on; it leaves the queue. */
    public void acknowledge(Caller caller, UUID storyId) {
        requireLead(caller);
        if (!alerts.acknowledge(storyId, caller.login())) {
            throw new NotFound("no open safeguarding alert for " + storyId);
        }
    }

    public boolean isLead(Caller caller) {
        return caller.hasRole("MODERATOR") && settings.isLead(caller.login());
    }

    private void requireLead(Caller caller) {
        if (!isLead(caller)) {
            throw new NotFound("not found");
        }
    }
}
