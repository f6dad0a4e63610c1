package org.chorus.command.safeguarding;

import org.jspecify.annotations.Nullable;

/**
 * Sends a safeguarding alert to the lead. The alert carries no story content, so an implementation may use any
 * channel (email, SMS). Called at least once per escalation: a retry after a failure may send again.
 */
public interface SafeguardingNotifier {

    void send(SafeguardingAlert alert, String email, @Nullable String phone);
}
